package nl.berichtenbatch.state;

/** An answer (319) in the history: VerzoekAntwoord 1 rejects the request, 2 says it is under investigation. */
public record Answer(String referentieAanbieder, String verzoekAntwoord, String redenAfwijzing) {

    public static final String REJECTED = "1";
    public static final String IN_INVESTIGATION = "2";

    public boolean rejects() {
        return REJECTED.equals(verzoekAntwoord);
    }
}
