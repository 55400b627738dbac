package nl.berichtenbatch.job;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFiles;
import nl.berichtenbatch.inbox.Workspace;

/** The job package's own beans: runs, their launcher and their finisher. */
@Configuration(proxyBeanMethods = false)
class JobBeans {

    @Bean
    Runs runs(JdbcClient jdbc, Clock clock) {
        return new Runs(jdbc, clock);
    }

    @Bean
    RunControl runControl() {
        return new RunControl();
    }

    @Bean
    RunFinisher runFinisher(Outputs outputs, RunFiles runFiles, Runs runs, Workspace workspace, AuditTrail audit,
            Clock clock, RunControl control, nl.berichtenbatch.inbox.FileClaimer claimer,
            nl.berichtenbatch.deadline.Deadlines deadlines, nl.berichtenbatch.contract.Contracts contracts) {
        return new RunFinisher(outputs, runFiles, runs, workspace, audit, clock, control, claimer, deadlines,
                contracts);
    }

    @Bean
    RunLock runLock(JdbcClient jdbc, Clock clock) {
        return new RunLock(jdbc, clock);
    }

    @Bean
    RunLauncher runLauncher(JobOperator jobOperator, JobRepository jobRepository, Job processMessagesJob, Runs runs,
            RunLock runLock, Clock clock, nl.berichtenbatch.contract.Contracts contracts) {
        return new RunLauncher(jobOperator, jobRepository, processMessagesJob, runs, runLock, clock, contracts);
    }
}
