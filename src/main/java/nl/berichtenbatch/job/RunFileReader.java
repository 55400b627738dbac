package nl.berichtenbatch.job;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

import nl.berichtenbatch.inbox.RunFile;
import nl.berichtenbatch.inbox.RunFiles;

/**
 * Reads the claimed, unfinished files of the run in arrival order. Progress lives in the files' state, not in the
 * reader, so a restart continues with the first file that has no outcome yet.
 */
final class RunFileReader implements ItemReader<RunFile>, StepExecutionListener {

    private static final int PAGE = 100;

    private final RunFiles runFiles;
    private final RunControl control;
    private final ReadAhead readAhead;
    private final Deque<RunFile> page = new ArrayDeque<>();
    private long run;
    private int lastSeq;

    RunFileReader(RunFiles runFiles, RunControl control, ReadAhead readAhead) {
        this.runFiles = runFiles;
        this.control = control;
        this.readAhead = readAhead;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = stepExecution.getJobParameters().getLong(ProcessMessagesJobConfiguration.RUN);
        lastSeq = 0;
        page.clear();
        readAhead.clear();
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        readAhead.clear();
        return null;
    }

    @Override
    public RunFile read() {
        if (control.stopRequested()) {
            return null;  // stop asked: the files in hand are finished, the rest go back for the next run
        }
        if (page.isEmpty()) {
            page.addAll(runFiles.claimed(run, lastSeq, PAGE));
            page.forEach(readAhead::ahead);
        }
        RunFile next = page.poll();
        if (next != null) {
            lastSeq = next.seq();
        }
        return next;
    }
}
