package org.tradetalks.change;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Announces committed changes to subscribers. Mutations {@link #announce} inside their transaction; the
 * announcement is delivered after a successful commit and dropped on rollback, so a subscriber never
 * hears of a change that did not happen.
 */
@ApplicationScoped
public class ChangeFeed {

    private final BroadcastProcessor<Changed> committed = BroadcastProcessor.create();

    /**
     * Subscribers hear of changes one at a time, in commit order, on a Vert.x context of the feed's own: never
     * in the request that made the change, whose CDI context and database session are that request's alone.
     * The context is made on this thread, outside any request, and only ever touched from it.
     */
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "change-feed");
        thread.setDaemon(true);
        return thread;
    });
    private Context deliveryContext;

    @Inject
    Event<Changed> pending;

    @Inject
    Vertx vertx;

    public void announce(Class<?> type, ChangeKind kind, Long id, Object entity) {
        pending.fire(new Changed(type, kind, id, entity));
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        delivery.execute(() -> deliveryContext().runOnContext(ignored -> committed.onNext(change)));
    }

    private Context deliveryContext() {
        if (deliveryContext == null) {
            deliveryContext = vertx.getOrCreateContext();
        }
        return deliveryContext;
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }

    /** Committed changes of one entity type, from now on. */
    public Multi<Changed> of(Class<?> type) {
        return committed.filter(change -> change.type() == type);
    }
}
