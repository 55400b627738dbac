package nl.berichtenbatch.state;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a component gathers during one transaction and writes just before its commit, in the same transaction: the
 * audit trail its sealed events and the end of its chain, the outbox its planned outputs. Writing them together costs
 * a few statements per chunk instead of one or more per row. The state is opened at the first use in a transaction,
 * written once in its {@code beforeCommit}, and forgotten when the transaction ends (a rollback simply drops it).
 * Something added while the transaction commits, after the write, must be written at once by the caller
 * ({@link #written()}).
 *
 * @param <S> the state of one transaction
 */
public final class BeforeCommit<S> {

    private final Supplier<S> open;
    private final Consumer<S> write;

    /**
     * @param open  makes the state at the first use in a transaction (it may read or lock rows: it runs in it)
     * @param write writes the state just before the commit
     */
    public BeforeCommit(Supplier<S> open, Consumer<S> write) {
        this.open = open;
        this.write = write;
    }

    /** The state of one transaction, and whether it has been written. */
    private static final class Bound<S> {
        final S state;
        boolean written;

        Bound(S state) {
            this.state = state;
        }
    }

    /** The state of the caller's transaction, opened at the first call in it. */
    public S state() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("no transaction to gather rows for");
        }
        @SuppressWarnings("unchecked")
        Bound<S> bound = (Bound<S>) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound.state;
        }
        Bound<S> opened = new Bound<>(open.get());
        TransactionSynchronizationManager.bindResource(this, opened);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                write.accept(opened.state);
                opened.written = true;
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommit.this);
            }
        });
        return opened.state;
    }

    /** The state of the caller's transaction, if it has one. */
    public Optional<S> current() {
        @SuppressWarnings("unchecked")
        Bound<S> bound = (Bound<S>) TransactionSynchronizationManager.getResource(this);
        return Optional.ofNullable(bound).map(b -> b.state);
    }

    /** Whether the state of the caller's transaction has been written: the transaction is committing. */
    public boolean written() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        return bound != null && ((Bound<?>) bound).written;
    }
}
