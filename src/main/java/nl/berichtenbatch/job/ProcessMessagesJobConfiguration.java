package nl.berichtenbatch.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import nl.berichtenbatch.audit.AuditEvent;
import nl.berichtenbatch.audit.AuditEventType;
import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.inbox.FileClaimer;
import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFile;
import nl.berichtenbatch.inbox.RunFiles;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.processing.MessageProcessor;

/**
 * One run: claim the ready files ({@code claimFilesStep}), process them one by one in arrival order with the
 * outcome, state, audit events and planned outputs of each file in the chunk's transaction
 * ({@code processFilesStep}), then carry out the outputs and write the run report ({@code finishRunStep}).
 * A failed run restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class ProcessMessagesJobConfiguration {

    static final String JOB = "processMessagesJob";
    static final String RUN = "run";
    static final String RUN_DATE = "runDate";
    /**
     * Files per transaction: every commit costs the database a write of the pages it changed, so fewer, larger commits
     * are faster (1,000 was slower again: H2 then carries many uncommitted rows); a crash loses at most the work not yet
     * on disk, which the restart simply redoes (the outputs wait in the outbox until their outcome is on disk).
     */
    static final int CHUNK = 250;

    @Bean
    Job processMessagesJob(JobRepository jobRepository, Step claimFilesStep, Step processFilesStep,
            Step finishRunStep, Runs runs) {
        return new JobBuilder(JOB, jobRepository)
                .listener(new org.springframework.batch.core.listener.JobExecutionListener() {
                    @Override
                    public void beforeJob(org.springframework.batch.core.job.JobExecution execution) {
                        // known from the start, so that 'jobs restart' finds a run that died half-way
                        runs.execution(execution.getJobParameters().getLong(RUN), execution.getId());
                    }
                })
                .start(claimFilesStep)
                .next(processFilesStep)
                .next(finishRunStep)
                .build();
    }

    @Bean
    Step claimFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FileClaimer claimer, Runs runs, Outputs outputs, AuditTrail audit, RunControl control,
            javax.sql.DataSource dataSource) {
        return new StepBuilder("claimFilesStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    long run = contribution.getStepExecution().getJobParameters().getLong(RUN);
                    // the run is on disk before any file is moved into its work folder: a run killed before its claim
                    // was written is found by the next run, which takes its files over (adopt)
                    nl.berichtenbatch.inbox.H2Durability.sync(dataSource);
                    outputs.carryOut();  // what an interrupted run still had to write
                    for (Runs.Run earlier : runs.unfinished(run)) {
                        if (runs.unfinishedFiles(earlier.id()) > 0 || earlier.status().equals("STARTED")) {
                            claimer.adopt(earlier.id(), run);
                            runs.markAdopted(earlier.id());
                        }
                    }
                    FileClaimer.Claim claim = claimer.claim(run);
                    control.started(runs.unfinishedFiles(run));
                    audit.append(AuditEvent.bySystem(AuditEventType.RUN_STARTED, null).withRunId(run)
                            .withDetail(claim.claimed() + " files claimed, " + claim.waiting() + " still being written, "
                                    + claim.ignored().size() + " not ending in .xml left alone"));
                    contribution.getStepExecution().getExecutionContext().putInt("claimed", claim.claimed());
                    contribution.getStepExecution().getExecutionContext().putInt("waiting", claim.waiting());
                    contribution.getStepExecution().getExecutionContext().putInt("ignored", claim.ignored().size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step processFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RunFiles runFiles, MessageProcessor processor, RunControl control, MessageReader messageReader,
            Outputs outputs) {
        ReadAhead readAhead = new ReadAhead(messageReader);
        RunFileReader reader = new RunFileReader(runFiles, control, readAhead);
        RunFileWriter writer = new RunFileWriter(processor, control, readAhead, outputs);
        return new StepBuilder("processFilesStep", jobRepository)
                .<RunFile, RunFile>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(writer)
                .listener(reader)
                .listener(writer)
                .build();
    }

    @Bean
    Step finishRunStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RunFinisher finisher) {
        return new StepBuilder("finishRunStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var parameters = contribution.getStepExecution().getJobParameters();
                    finisher.finish(parameters.getLong(RUN));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
