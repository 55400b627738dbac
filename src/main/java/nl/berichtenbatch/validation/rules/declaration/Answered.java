package nl.berichtenbatch.validation.rules.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.AnsweredDeclaration;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.RuleContext;

/** A declaratie-antwoord (325) and the 323 it answers, as the aanbieder checks it (validation.md §0.20). */
final class Answered {

    /** A returned prestatie of the 325 with its values. */
    record Returned(XmlElement element, Prestatie prestatie) {
    }

    private Answered() {
    }

    /** The 323 named by Header/DeclaratieIdentificatie, if the state knows it. */
    static Optional<AnsweredDeclaration> declaration(RuleContext context) {
        String identificatie = context.root().valueOrNull("Header/DeclaratieIdentificatie/Identificatie");
        LocalDate dagtekening = Extract.date(context.root(), "Header/DeclaratieIdentificatie/Dagtekening");
        return context.history().declaration(context.scope(), identificatie, dagtekening);
    }

    /** Every returned prestatie, under the pseudonym of its returned client. */
    static List<Returned> prestaties(RuleContext context) {
        List<Returned> returned = new ArrayList<>();
        for (XmlElement client : context.root().all("DeclaratieAntwoord/Clienten/Client")) {
            String pseudonym = context.clients().of(client.valueOrNull("Bsn"));
            for (XmlElement prestatie : client.all("Prestaties/Prestatie")) {
                returned.add(new Returned(prestatie, Extract.prestatie(prestatie, pseudonym, false)));
            }
        }
        return returned;
    }

    /** The declared prestatie with the same ProductReferentie (ReferentieNummer and VorigReferentieNummer). */
    static Optional<Prestatie> declared(AnsweredDeclaration declaration, Prestatie returned) {
        return declaration.prestaties().stream()
                .filter(p -> p.referentieNummer().equals(returned.referentieNummer())
                        && Objects.equals(p.vorigReferentieNummer(), returned.vorigReferentieNummer()))
                .findFirst();
    }
}
