package nl.berichtenbatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTests {

    @TempDir
    Path dir;

    @Test
    void everySettingOfThePropertiesRecordsIsKnownInItsDashedForm() {
        assertThat(Settings.knownSettings()).extracting(Object::toString).containsExactly(
                "berichtenbatch.role", "berichtenbatch.identities", "berichtenbatch.data-dir",
                "berichtenbatch.contracts", "berichtenbatch.inbox.settle-seconds",
                "berichtenbatch.inbox.max-file-bytes",
                "berichtenbatch.schedule.cron", "berichtenbatch.schedule.poll-seconds",
                "berichtenbatch.privacy.pseudonym-key", "berichtenbatch.codelists.dir",
                "berichtenbatch.validation.schemas-dir", "berichtenbatch.validation.official-xslt.ijw",
                "berichtenbatch.validation.official-xslt.iwmo");
    }

    @Test
    void readsEveryKnownSettingInAnyOfSpringsSpellings() throws IOException {
        // given a file with each kind of setting, some in camelCase, lists and nested sections
        Path file = Files.writeString(dir.resolve("application.yml"), """
                berichtenbatch:
                  role: aanbieder
                  identities: [ "12345678", "87654321" ]
                  dataDir: /srv/data
                  inbox:
                    settle_seconds: 9
                  schedule:
                    cron: "0 0 3 * * *"
                  validation:
                    official-xslt:
                      ijw: /srv/ijw.xsl
                spring:
                  datasource:
                    url: jdbc:h2:mem:x
                logging:
                  level:
                    root: warn
                """);
        // when
        Settings settings = Settings.load(file);
        // then
        assertThat(settings.berichtenbatch().identities()).containsExactly("12345678", "87654321");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/data"));
        assertThat(settings.inbox().settleSeconds()).isEqualTo(9);
        assertThat(settings.schedule().cron()).isEqualTo("0 0 3 * * *");
        assertThat(settings.validation().officialXslt().ijw()).isEqualTo(Path.of("/srv/ijw.xsl"));
    }

    @Test
    void aMisspeltSettingIsAnErrorThatNamesTheOneMeant() throws IOException {
        // given "contract" for "contracts": without the check the run would go without contracts
        Path file = Files.writeString(dir.resolve("application.yml"), """
                berichtenbatch:
                  role: gemeente
                  identities: [ "0363" ]
                  contract: /srv/contracts.csv
                """);
        // when / then
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("berichtenbatch.contract in " + file + " is not a setting of berichtenbatch "
                        + "(did you mean berichtenbatch.contracts?); the settings are: berichtenbatch.role, ")
                .hasMessageEndingWith("berichtenbatch.validation.official-xslt.iwmo");
    }

    @Test
    void anUnknownSettingOfASectionIsAnErrorToo() throws IOException {
        Path file = Files.writeString(dir.resolve("application.properties"), """
                berichtenbatch.role=gemeente
                berichtenbatch.identities=0363
                berichtenbatch.inbox.settle-secs=30
                berichtenbatch.inbox.max-file-bytes=1000
                """);
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("berichtenbatch.inbox.settle-secs in " + file + " is not a setting of "
                        + "berichtenbatch (did you mean berichtenbatch.inbox.settle-seconds?); the settings are: ");
    }

    @Test
    void aSettingFarFromEveryKnownOneGetsNoGuess() throws IOException {
        Path file = Files.writeString(dir.resolve("application.yml"), """
                berichtenbatch:
                  role: gemeente
                  mail:
                    to: beheer@example.org
                """);
        assertThatThrownBy(() -> Settings.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("berichtenbatch.mail.to in " + file + " is not a setting of berichtenbatch; ");
    }
}
