package nl.berichtenbatch.message;

/** The two version numbers a schema carries in its appinfo, as they go into XsdVersie / XsdVersieRetour. */
public record XsdVersion(String basisschema, String bericht) {
}
