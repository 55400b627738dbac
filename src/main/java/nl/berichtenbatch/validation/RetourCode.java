package nl.berichtenbatch.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every retourcode of iJw 3.2 / iWmo 3.2: the WJ001 list plus 9355, which only the XSD enumeration has
 * (validation.md §5.4). The two standards share the list. Meanings are short Dutch paraphrases for reports.
 */
public enum RetourCode {

    C0001("0001", "Bericht afgekeurd op een technische controle binnen het bericht", null),
    C0200("0200", "Berichtklasse goedgekeurd, zonder opmerkingen", null),
    C0233("0233", "Berichtklasse is niet getoetst", null),
    C0611("0611", "Ingediend tarief wijkt af van het contracttarief", "TR418"),
    C8001("8001", "Declaratie geheel toegekend", null),
    C8017("8017", "Creditprestatie zonder bekende debetprestatie", "TR323"),
    C8021("8021", "ReferentieNummer van de prestatie is al eens gebruikt", "TR314"),
    C8187("8187", "Prestatie of product hoort bij een andere cliënt (Bsn)", "TR304"),
    C8214("8214", "DeclaratiePeriode sluit niet aan op de vorige declaratieperiode", "TR318"),
    C8848("8848", "Dagtekening ligt na de systeemdatum van de ontvanger", "TR135"),
    C9019("9019", "Start of stop is niet aan een toewijzing te koppelen", "TR019"),
    C9056("9056", "Identificatie al eerder gebruikt door deze afzender voor deze berichtsoort", "TR056"),
    C9063("9063", "Verwijdering zonder eerder ontvangen bericht met dezelfde sleutel", "TR063"),
    // WJ001 names a TR069 that does not exist; TR382 produces 9069 (validation.md §0 item 4).
    C9069("9069", "Geen actuele start met dezelfde sleutel als deze stop", "TR382"),
    C9071("9071", "Start kan niet verwijderd worden: de zorg is al gestopt", "TR071"),
    C9074("9074", "Bericht met dezelfde sleutel is al eerder ontvangen", "TR074"),
    C9307("9307", "Begindatum van de prestatie valt buiten de looptijd van de toewijzing", "TR307"),
    C9308("9308", "Einddatum van de prestatie valt buiten de looptijd van de toewijzing", "TR308"),
    C9319("9319", "ProductPeriode eindigt na de declaratieperiode", "TR319"),
    C9321("9321", "Geleverd volume is groter dan het toegewezen volume per periode", "TR321"),
    C9322("9322", "Totaal geleverd volume is groter dan het toegewezen volume", "TR322"),
    C9326("9326", "Lopende levering is nog niet met een stopbericht beëindigd", "TR326"),
    C9332("9332", "ToewijzingNummer niet uniek binnen het wettelijk domein", "TR332"),
    C9333("9333", "DeclaratieNummer al eerder gebruikt door deze aanbieder", "TR333"),
    C9338("9338", "Prestatie verwijst naar een onbekend ToewijzingNummer", "TR338"),
    C9339("9339", "ProductCategorie wijkt af van die van de toewijzing", "TR339"),
    C9340("9340", "ProductCode wijkt af van die van de toewijzing", "TR340"),
    C9341("9341", "Eenheid past niet bij de eenheid van de toewijzing", "TR341"),
    C9346("9346", "Ingediend bedrag is niet gelijk aan geleverd volume maal tarief", "TR346"),
    C9347("9347", "ReferentieAanbieder al eerder gebruikt door deze aanbieder", "TR347"),
    C9349("9349", "Verzoek om wijziging noemt niet alle actuele toewijzingen van de cliënt", "TR349"),
    C9350("9350", "OngewijzigdProduct verwijst niet naar een actuele toewijzing", "TR350"),
    C9351("9351", "TeWijzigenProduct verwijst niet naar een actuele toewijzing", "TR351"),
    C9355("9355", "Antwoord verwijst naar een onbekend verzoek (ReferentieAanbieder)", "TR355"),
    C9357("9357", "GewensteIngangsdatum in het verleden wijkt af van de oorspronkelijke ingangsdatum", "TR357"),
    C9359("9359", "Op dit verzoek is al een toewijzing gestuurd", "TR359"),
    C9360("9360", "Antwoord 'in onderzoek' terwijl dit verzoek al een antwoord heeft", "TR360"),
    C9361("9361", "Zelfde product twee keer in het verzoek, met overlappende perioden", "TR361"),
    C9365("9365", "Dit verzoek heeft al een definitief antwoord", "TR365"),
    C9366("9366", "Prestatie met deze ProductReferentie ontbreekt in de beantwoorde declaratie", "TR366"),
    C9367("9367", "Prestatie wijkt af van die met dezelfde ProductReferentie in de declaratie", "TR367"),
    C9369("9369", "Gedeclareerd bedrag overschrijdt het toegewezen budget", "TR369"),
    C9373("9373", "Budget of omvang gewijzigd met een andere ingangsdatum dan die van de toewijzing", "TR373"),
    C9374("9374", "Voor deze cliënt loopt nog een verzoek van deze aanbieder", "TR374"),
    C9375("9375", "Omvang gevuld bij een toewijzing zonder Product (einddatum na 2020 of leeg)", "TR375"),
    C9379("9379", "ReferentieAanbieder verwijst niet naar een openstaand verzoek", "TR379"),
    C9384("9384", "Declaratie op een verwijderde toewijzing (RedenWijziging 13)", "TR384"),
    C9385("9385", "Verwijderde toewijzing heeft al goedgekeurde prestaties", "TR385"),
    C9387("9387",
            "Begindatum ProductPeriode is niet de eerste van de maand of de latere ingangsdatum van de toewijzing",
            "TR387"),
    C9388("9388", "Einddatum ProductPeriode is niet de laatste van de maand of de eerdere einddatum van de toewijzing",
            "TR388"),
    C9389("9389", "Er is al een goedgekeurde, niet gecrediteerde debetprestatie voor dit product en deze periode",
            "TR389"),
    C9390("9390", "Deze prestatie is al gecrediteerd", "TR390"),
    C9411("9411", "Omvang ontbreekt terwijl de toewijzing een ProductCode heeft", "TR411"),
    C9412("9412", "Omvang gevuld bij een toewijzing zonder ProductCode (einddatum na 2020 of leeg)", "TR412"),
    C9413("9413", "Er is al een tijdelijke stop (reden 20) voor dezelfde start", "TR413"),
    C9414("9414", "Einddatum ligt vóór die van de actuele stop voor dezelfde start", "TR414"),
    C9415("9415", "Er is al een definitieve stop voor dezelfde start", "TR415"),
    S300("S300", "Gemeentecode staat niet in de geldende CBS-gemeentelijst", "TR378"),
    S329("S329", "ProductCode valt niet onder de opgegeven ProductCategorie", "TR381");

    private static final Map<String, RetourCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RetourCode::code, Function.identity()));

    private final String code;
    private final String meaning;
    private final String rule;

    RetourCode(String code, String meaning, String rule) {
        this.code = code;
        this.meaning = meaning;
        this.rule = rule;
    }

    /** The code as it appears in a retour message, e.g. {@code 9019}. */
    public String code() {
        return code;
    }

    /** A short Dutch description for people. */
    public String meaning() {
        return meaning;
    }

    /**
     * The TR rule that produces this code, or {@code null}: 0001 comes from every level-2 rule, and 0200, 0233 and
     * 8001 are no findings.
     */
    public String rule() {
        return rule;
    }

    public static Optional<RetourCode> of(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
