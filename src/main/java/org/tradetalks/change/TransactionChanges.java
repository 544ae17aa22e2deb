package org.tradetalks.change;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The changes one transaction announced. Just before it commits they go into the change log, inside that transaction
 * (so they commit or roll back with it); once it has committed, this replica's delivery is woken. Registered as an
 * interposed synchronization, which runs after Hibernate's (a plain one) has flushed: the head row of the log, locked
 * from here to the commit, is the last lock the transaction takes, so its holder waits for nothing but its own commit
 * and the transactions queued behind it cannot deadlock with it.
 */
final class TransactionChanges implements Synchronization {

    private final List<ChangeLog.Pending> changes = new ArrayList<>();
    private final TransactionSynchronizationRegistry registry;
    private final ChangeLog log;
    private final Runnable onCommit;

    TransactionChanges(TransactionSynchronizationRegistry registry, ChangeLog log, Runnable onCommit) {
        this.registry = registry;
        this.log = log;
        this.onCommit = onCommit;
    }

    void add(String entity, long id, ChangeKind kind) {
        changes.add(new ChangeLog.Pending(entity, id, kind));
    }

    @Override
    public void beforeCompletion() {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // rolling back: nothing to log
        }
        try {
            log.append(changes, Instant.now());
        } catch (SQLException failure) {
            // Thrown here, it rolls the transaction back: a change that is not in the log does not happen either.
            throw new IllegalStateException("Could not write the change log", failure);
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            onCommit.run();
        }
    }
}
