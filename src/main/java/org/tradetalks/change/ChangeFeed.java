package org.tradetalks.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Announces committed changes to subscribers. Mutations {@link #announce} inside their transaction; the
 * announcement is delivered after a successful commit and dropped on rollback, so a subscriber never
 * hears of a change that did not happen.
 */
@ApplicationScoped
public class ChangeFeed {

    private final BroadcastProcessor<Changed> committed = BroadcastProcessor.create();

    @Inject
    Event<Changed> pending;

    public void announce(Class<?> type, ChangeKind kind, Long id, Object entity) {
        pending.fire(new Changed(type, kind, id, entity));
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        committed.onNext(change);
    }

    /** Committed changes of one entity type, from now on. */
    public Multi<Changed> of(Class<?> type) {
        return committed.filter(change -> change.type() == type);
    }
}
