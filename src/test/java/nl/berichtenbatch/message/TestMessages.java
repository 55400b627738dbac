package nl.berichtenbatch.message;

/** Named message fixtures for tests: valid messages that a test changes in one place. */
public final class TestMessages {

    private TestMessages() {
    }

    /** A valid iJw 3.2 JW305 (start) from aanbieder 12345678 to gemeente 0363. */
    public static String validStart() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
                  <jw305:Header>
                    <jw305:BerichtCode>438</jw305:BerichtCode>
                    <jw305:BerichtVersie>3</jw305:BerichtVersie>
                    <jw305:BerichtSubversie>2</jw305:BerichtSubversie>
                    <jw305:Afzender>12345678</jw305:Afzender>
                    <jw305:Ontvanger>0363</jw305:Ontvanger>
                    <jw305:BerichtIdentificatie>
                      <ijw:Identificatie>T-305-0001</ijw:Identificatie>
                      <ijw:Dagtekening>2026-03-06</ijw:Dagtekening>
                    </jw305:BerichtIdentificatie>
                    <jw305:XsdVersie>
                      <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
                      <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
                    </jw305:XsdVersie>
                  </jw305:Header>
                  <jw305:Client>
                    <jw305:Bsn>999912343</jw305:Bsn>
                    <jw305:Geboortedatum>
                      <ijw:Datum>2014-06-17</ijw:Datum>
                    </jw305:Geboortedatum>
                    <jw305:Geslacht>1</jw305:Geslacht>
                    <jw305:Naam>
                      <ijw:Geslachtsnaam>
                        <ijw:Achternaam>Boer</ijw:Achternaam>
                      </ijw:Geslachtsnaam>
                      <ijw:Voorletters>DW</ijw:Voorletters>
                    </jw305:Naam>
                    <jw305:StartProducten>
                      <jw305:StartProduct>
                        <jw305:ToewijzingNummer>1001</jw305:ToewijzingNummer>
                        <jw305:Product>
                          <ijw:Categorie>45</ijw:Categorie>
                          <ijw:Code>45A01</ijw:Code>
                        </jw305:Product>
                        <jw305:ToewijzingIngangsdatum>2026-03-01</jw305:ToewijzingIngangsdatum>
                        <jw305:Begindatum>2026-03-03</jw305:Begindatum>
                        <jw305:StatusAanlevering>1</jw305:StatusAanlevering>
                      </jw305:StartProduct>
                    </jw305:StartProducten>
                  </jw305:Client>
                </jw305:Bericht>
                """;
    }

    /** The same start as an iWmo 3.2 WMO305. */
    public static String validWmoStart() {
        return validStart()
                .replace("http://www.istandaarden.nl/ijw/3_2/jw305/schema", "http://www.istandaarden.nl/iwmo/3_2/wmo305/schema")
                .replace("http://www.istandaarden.nl/ijw/3_2/basisschema/schema", "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema")
                .replace("<jw305:BerichtCode>438<", "<jw305:BerichtCode>418<")
                .replace("<ijw:Categorie>45<", "<ijw:Categorie>02<")
                .replace("<ijw:Code>45A01<", "<ijw:Code>02A01<");
    }
}
