package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

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
    private LocalDate runDate;

    RunFileWriter(MessageProcessor processor, RunControl control, ReadAhead readAhead) {
        this.processor = processor;
        this.control = control;
        this.readAhead = readAhead;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runDate = LocalDate.parse(stepExecution.getJobParameters().getString(ProcessMessagesJobConfiguration.RUN_DATE));
    }

    @Override
    public void write(Chunk<? extends RunFile> chunk) {
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
