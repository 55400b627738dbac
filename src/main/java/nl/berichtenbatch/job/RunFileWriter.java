package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFile;
import nl.berichtenbatch.processing.MessageProcessor;

/**
 * Processes the files of a chunk one after the other in the chunk's transaction: each file sees the state that
 * the files before it left, also within the chunk.
 */
final class RunFileWriter implements ItemWriter<RunFile>, StepExecutionListener {

    private final MessageProcessor processor;
    private final RunControl control;
    private final ReadAhead readAhead;
    private final Outputs outputs;
    private LocalDate runDate;

    RunFileWriter(MessageProcessor processor, RunControl control, ReadAhead readAhead, Outputs outputs) {
        this.processor = processor;
        this.control = control;
        this.readAhead = readAhead;
        this.outputs = outputs;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runDate = LocalDate.parse(stepExecution.getJobParameters().getString(ProcessMessagesJobConfiguration.RUN_DATE));
    }

    @Override
    public void write(Chunk<? extends RunFile> chunk) {
        // once the chunk is committed its answers and moves are carried out beside the next chunk (and the rest at
        // the end of the run): the outbox table stays small and the answers do not wait for the whole run
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                outputs.carryOutSoon();
            }
        });
        for (RunFile file : chunk) {
            try {
                processor.process(file, readAhead.take(file), runDate);
                control.fileDone();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
            }
        }
    }
}
