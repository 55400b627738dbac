package nl.berichtenbatch;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.audit.Pseudonymizer;
import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.config.BerichtenbatchProperties;
import nl.berichtenbatch.config.CodeListProperties;
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.config.InboxProperties;
import nl.berichtenbatch.config.PrivacyProperties;
import nl.berichtenbatch.config.ValidationProperties;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.ContractsFile;
import nl.berichtenbatch.inbox.FileClaimer;
import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFiles;
import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.processing.Identities;
import nl.berichtenbatch.processing.MessageProcessor;
import nl.berichtenbatch.retour.RetourWriter;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.OfficialLevel2;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.rules.RuleCatalogue;

/**
 * The application context of the commands that need the database (process, jobs, audit). Started by the command
 * line, never by itself: {@code spring.batch.job.enabled=false}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BerichtenbatchApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    nl.berichtenbatch.deadline.Deadlines deadlines(JdbcClient jdbc) {
        return new nl.berichtenbatch.deadline.Deadlines(jdbc, new nl.berichtenbatch.deadline.Werkdagen());
    }

    @Bean
    Workspace workspace(BerichtenbatchProperties properties) {
        return new Workspace(properties.dataDir()).create();
    }

    @Bean
    MessageReader messageReader(InboxProperties inbox, ValidationProperties validation) {
        return MessageReader.configured(inbox, validation);
    }

    @Bean
    CodeLists codeLists(CodeListProperties properties) {
        return CodeLists.configured(properties);
    }

    /**
     * The contracts file (design.md 4.5), read and checked in full while the context starts; without one the rules
     * that need contracts do not run. A bad file (or a configured one that is missing) stops every run before any
     * file is claimed ({@link Contracts#requireUsable()}), but not the commands that process nothing: an operator can
     * still list, show and abandon runs, verify the audit trail and print reports while the file is being mended.
     */
    @Bean
    Contracts contracts(BerichtenbatchProperties properties, CodeLists codeLists) {
        try {
            return ContractsFile.configured(properties, codeLists.productCodes());
        } catch (ConfigurationException e) {
            return Contracts.unusable(e.getMessage());
        }
    }

    @Bean
    RuleEngine ruleEngine(CodeLists codeLists, Contracts contracts) {
        return new RuleEngine(RuleCatalogue.all(codeLists, contracts));
    }

    @Bean
    Pseudonymizer pseudonymizer(PrivacyProperties privacy) {
        return new Pseudonymizer(privacy.pseudonymKey());
    }

    @Bean
    AuditTrail auditTrail(DataSource dataSource, Pseudonymizer pseudonymizer, Clock clock) {
        return new AuditTrail(dataSource, pseudonymizer, clock);
    }

    @Bean
    StateStore stateStore(JdbcClient jdbc, Clock clock) {
        return new StateStore(jdbc, clock);
    }

    @Bean
    RunFiles runFiles(JdbcClient jdbc, Workspace workspace) {
        return new RunFiles(jdbc, workspace);
    }

    @Bean
    Outputs outputs(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager,
            DataSource dataSource) {
        return new Outputs(jdbc, new org.springframework.transaction.support.TransactionTemplate(transactionManager),
                () -> nl.berichtenbatch.inbox.H2Durability.sync(dataSource));
    }

    @Bean
    FileClaimer fileClaimer(Workspace workspace, RunFiles runFiles, Clock clock, InboxProperties inbox) {
        return new FileClaimer(workspace, runFiles, clock, inbox.settleSeconds());
    }

    @Bean
    RetourWriter retourWriter(MessageReader reader) {
        return new RetourWriter(reader.schemas());
    }

    /** The official level-2 XSLTs, compiled once per process and shared by process and validate. */
    @Bean
    OfficialLevel2 officialLevel2(ValidationProperties validation) {
        return OfficialLevel2.configured(validation);
    }

    @Bean
    MessageProcessor messageProcessor(MessageReader reader, RuleEngine engine, StateStore state, RunFiles runFiles,
            Outputs outputs, RetourWriter retours, Workspace workspace, BerichtenbatchProperties properties,
            Pseudonymizer pseudonymizer, AuditTrail audit, OfficialLevel2 officialLevel2, Contracts contracts) {
        properties.requireComplete();
        return new MessageProcessor(reader, engine, state, runFiles, outputs, retours, workspace,
                Identities.of(properties.role(), properties.identities()), pseudonymizer, audit)
                .withOfficialXslt(officialLevel2)
                .withContracts(contracts);
    }
}
