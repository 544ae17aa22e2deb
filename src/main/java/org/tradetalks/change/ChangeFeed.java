package org.tradetalks.change;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import graphql.execution.SubscriptionExecutionStrategy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Committed changes, for subscribers on every replica. Mutations {@link #announce} their changes inside their
 * transaction; the changes go into the change log as that transaction commits, and only if it commits. Each replica
 * reads the log in position order (commit order) and delivers to its own subscribers ({@link Delivery}): woken at once
 * by its own commits, by PostgreSQL's NOTIFY for the other replicas' (on H2, which has one process, the in-process
 * wake-up is all there is), and by a poll as a safety net. A subscriber can resume after the cursor of the last event
 * it saw, for as long as the log keeps the changes ({@link SubscriptionSettings#retention()}).
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    /** How long a shutdown waits for events already on their way to clients before it completes the subscriptions. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ChangeLog log;

    @Inject
    EventReader reader;

    @Inject
    SubscriptionSettings settings;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry metrics;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Context graphql;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private Delivery delivery;
    private PostgresNotifications notifications;

    void start(@Observes StartupEvent event) throws SQLException {
        delivery = new Delivery(vertx, reader, log, settings);
        Gauge.builder("trade_talks.subscriptions.open", delivery, Delivery::open)
                .description("Subscriptions open on this replica").register(metrics);
        Gauge.builder("trade_talks.change_log.delivered", delivery, Delivery::delivered)
                .description("The last change log position this replica has read for its subscribers: compare with "
                        + "the other replicas' to see one fall behind").register(metrics);
        delivery.start();
        if (log.onPostgres()) {
            notifications = new PostgresNotifications(jdbcUrl, user.orElse(null), password.orElse(null), delivery::wake);
            notifications.start();
        }
    }

    /**
     * Completes every open subscription as the shutdown begins, while the connections are still open, so that clients
     * get {@code complete} rather than a dropped connection ({@code quarkus.shutdown.delay-enabled} makes Quarkus fire
     * this event; by {@link ShutdownEvent} the HTTP server has closed the sockets already).
     */
    void shuttingDown(@Observes ShutdownDelayInitiatedEvent event) {
        completeSubscriptions();
    }

    void stop(@Observes ShutdownEvent event) {
        completeSubscriptions();
        if (notifications != null) {
            notifications.stop();
        }
    }

    private void completeSubscriptions() {
        if (delivery == null) {
            return;
        }
        try {
            delivery.stop(SHUTDOWN_GRACE).get(SHUTDOWN_GRACE.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException late) {
            LOG.warn("Some subscriptions were not completed before the shutdown went on", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Announces a change to {@code type}'s entity {@code id}, inside the current transaction: subscribers on every
     * replica hear of it once the transaction has committed, and never if it rolls back.
     *
     * @throws IllegalStateException outside a transaction
     */
    public void announce(Class<?> type, ChangeKind kind, Long id) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Changes are announced inside the transaction that makes them");
        }
        TransactionChanges changes = (TransactionChanges) transactions.getResource(TransactionChanges.class);
        if (changes == null) {
            changes = new TransactionChanges(transactions, log, delivery::wake);
            transactions.putResource(TransactionChanges.class, changes);
            transactions.registerInterposedSynchronization(changes);
        }
        changes.add(entityName(type), id, kind);
    }

    /**
     * Announces a change to an entity whose key is a short code of letters and digits (a country's "JP"), logged as
     * the code read in base 36, which gives every such code its own number.
     */
    public void announce(Class<?> type, ChangeKind kind, String code) {
        announce(type, kind, Long.parseLong(code, Character.MAX_RADIX));
    }

    /**
     * The position of the last change committed on any replica: one read of the log's head row. A change commits
     * together with its move of the head, so an answer computed after this read reflects every change up to it.
     */
    public long committedThrough() throws SQLException {
        return log.head();
    }

    /**
     * Committed changes to {@code type}, in commit order: after the change whose cursor is {@code after} (first every
     * change since, from the log, then the new ones), or from now on when it is null. Called by a subscription's
     * resolver, on the client connection's event loop: it only checks the cursor's form, and every read of the log
     * happens later, on worker threads.
     */
    public Multi<Changed> subscribe(Class<?> type, String after) {
        Long start = after == null ? null : ChangeCursor.decode(after);
        keepEventsOrdered();
        SubscriberConnection connection = connection();
        return Multi.createFrom().emitter(emitter -> {
            FeedSubscription subscription = new FeedSubscription(type, connection, emitter, start);
            emitter.onRequest(ignored -> delivery.requested(subscription));
            emitter.onTermination(() -> delivery.ended(subscription));
            delivery.subscribe(subscription);
        }, BackPressureStrategy.ERROR);
    }

    /** The log's name of an entity type. */
    static String entityName(Class<?> type) {
        return type.getSimpleName();
    }

    /**
     * Asks graphql-java to send the events in the order they come even when their fields resolve at different speeds
     * (it may reorder them otherwise). Has no effect outside a GraphQL operation.
     */
    private void keepEventsOrdered() {
        try {
            DataFetchingEnvironment environment = graphql.unwrap(DataFetchingEnvironment.class);
            if (environment != null) {
                environment.getGraphQlContext().put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
            }
        } catch (ContextNotActiveException | IllegalStateException | UnsupportedOperationException notInAnOperation) {
            // an in-process subscriber: nothing to reorder
        }
    }

    private SubscriberConnection connection() {
        try {
            RoutingContext current = request.getCurrent();
            return current == null ? SubscriberConnection.none() : SubscriberConnection.of(current.request().connection());
        } catch (ContextNotActiveException outsideAnyRequest) {
            return SubscriberConnection.none();
        }
    }
}
