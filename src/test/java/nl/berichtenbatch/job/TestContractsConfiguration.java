package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.contract.Contract;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.Severity;
import nl.berichtenbatch.validation.rules.RuleCatalogue;

/**
 * Test-only beans for functional tests through {@code process}, inert unless a test's configuration names them
 * (component scanning finds this class on the test class path). {@code berichtenbatch-test.contracts}: a contracts file
 * in the form of design.md 4.5 read by a small parser here, standing in until the product reads
 * {@code berichtenbatch.contracts} itself. {@code berichtenbatch-test.variant-rule: true}: the catalogue plus one
 * variant check of our own ({@link FlaggedPrestatie}), so that the run report's mismatches can be tested before the
 * product's variant checks exist.
 */
@Configuration(proxyBeanMethods = false)
class TestContractsConfiguration {

    @Bean
    @Primary
    @ConditionalOnProperty("berichtenbatch-test.contracts")
    Contracts testContracts(@Value("${berichtenbatch-test.contracts}") Path file) {
        List<Contract> rows = read(file);
        return new Contracts() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public List<Contract> valid(Scope scope, LocalDate date) {
                return rows.stream().filter(c -> c.gemeente().equals(scope.gemeente())
                        && c.aanbieder().equals(scope.aanbieder()) && c.validOn(date)).toList();
            }
        };
    }

    @Bean
    @Primary
    @ConditionalOnProperty(name = "berichtenbatch-test.variant-rule", havingValue = "true")
    RuleEngine testRuleEngine(CodeLists codeLists, Contracts contracts) {
        return new RuleEngine(Stream.concat(RuleCatalogue.all(codeLists, contracts).stream(),
                Stream.of(new FlaggedPrestatie())).toList());
    }

    /** A variant check for tests: every prestatie whose ReferentieNummer ends in X does not fit its variant. */
    @RuleSpec(id = "BB999", level = 3, messages = MessageType.DECLARATIE, variant = true,
            summary = "Test only: a prestatie whose ReferentieNummer ends in X does not fit its variant.")
    static final class FlaggedPrestatie implements Rule {

        @Override
        public List<Finding> check(RuleContext context) {
            List<Finding> findings = new ArrayList<>();
            for (XmlElement p : context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
                String referentie = p.valueOrNull("ProductReferentie/ReferentieNummer");
                if (referentie != null && referentie.endsWith("X")) {
                    findings.add(new Finding("BB999", Severity.WARNING, null, p.path() + "/Eenheid",
                            "Prestatie " + referentie + " does not fit its variant.", 0, 0));
                }
            }
            return findings;
        }
    }

    private static List<Contract> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Contract> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] f = (lines.get(i) + ",end").split(",", -1);
                rows.add(new Contract(f[0], f[1], f[2], empty(f[3]), Variant.parse(f[4]).orElseThrow(), f[5],
                        empty(f[6]) == null ? null : Long.valueOf(f[6]), LocalDate.parse(f[7]),
                        empty(f[8]) == null ? null : LocalDate.parse(f[8]), i + 1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String empty(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
