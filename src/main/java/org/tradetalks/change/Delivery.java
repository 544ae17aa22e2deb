package org.tradetalks.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;
import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Delivers the change log to this replica's subscribers, in position order. All its state lives on one Vert.x context
 * of its own and changes only there, one task at a time; reads of the log run on worker threads and hand their pages
 * back to the context. Subscribers hear of changes on that context, never in the request that made them.
 *
 * <p>{@link #delivered} is the last position read for the live subscriptions. A wake-up (a commit on this replica, a
 * NOTIFY from another, the poll timer, a reconnection) reads the entries after it, a page at a time: a read that fails
 * (the database is away) is retried from the same position, so an outage delays events but neither loses nor repeats
 * one.
 *
 * <p>A new subscription catches up on its own, from its start position to {@link #delivered}, and goes live between two
 * page reads: it gets each change exactly once, from its catch-up or from the replica's reads. A live subscription whose
 * client falls {@link SubscriptionSettings#maxPending()} events behind goes back to catching up, reading the log at its
 * client's pace, so no subscription ever holds more events than that in memory. One whose client takes no event at all
 * for {@link SubscriptionSettings#slowConsumerTimeout()} while some wait is closed with SLOW_CONSUMER.
 */
final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class);
    private static final int PAGE = 200;
    /** The start of a subscription without {@code after}: the position delivered when it is first stepped. */
    private static final long FROM_NOW = -1;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(15);
    private static final Duration CATCH_UP_RETRY = Duration.ofSeconds(1);
    private static final Duration SOCKET_CHECK = Duration.ofMillis(50);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final Vertx vertx;
    private final Context context;
    private final EventReader reader;
    private final ChangeLog log;
    private final SubscriptionSettings settings;

    private final Set<FeedSubscription> live = new LinkedHashSet<>();
    private final Set<FeedSubscription> catchingUp = new LinkedHashSet<>();
    private final Map<Object, Integer> perConnection = new HashMap<>();
    /** Open subscriptions; written on the context, read by the metrics. */
    private volatile int open;
    private volatile long delivered;

    private boolean started;
    private boolean reading;
    private boolean readAgain;
    private Duration retry = FIRST_RETRY;
    private boolean outage;
    private boolean stopping;
    private CompletableFuture<Void> stopped;
    /** Set by the first call of stop(), from whichever thread. */
    private CompletableFuture<Void> stopRequested;
    private final List<Long> timers = new ArrayList<>();

    /** Made on a thread outside Vert.x: the context is a new one, the delivery's alone. */
    Delivery(Vertx vertx, EventReader reader, ChangeLog log, SubscriptionSettings settings) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.reader = reader;
        this.log = log;
        this.settings = settings;
    }

    /** Starts after the last change committed so far; reads the log at every poll interval, purges it every hour. */
    void start() {
        context.runOnContext(ignored -> {
            timers.add(vertx.setPeriodic(settings.pollInterval().toMillis(), id -> readNew()));
            timers.add(vertx.setPeriodic(PURGE_EVERY.toMillis(), id -> purge()));
            long check = Math.max(10, Math.min(1000, settings.slowConsumerTimeout().toMillis() / 4));
            timers.add(vertx.setPeriodic(check, id -> closeStalled()));
            findStart();
        });
    }

    private void findStart() {
        context.executeBlocking(log::head, false).onComplete(head -> {
            if (head.failed()) {
                unreadable("head", head.cause());
                retryLater(this::findStart);
                return;
            }
            readable();
            delivered = head.result();
            started = true;
            purge();
            List.copyOf(catchingUp).forEach(this::step);
            readNew();
        });
    }

    /** Reads what was committed since the last read: a commit, a notification or a reconnection calls it from any thread. */
    void wake() {
        context.runOnContext(ignored -> readNew());
    }

    /** Takes a new subscription (from any thread): it is refused, or starts catching up. */
    void subscribe(FeedSubscription subscription) {
        context.runOnContext(ignored -> register(subscription));
    }

    /** The subscription's client asked for more events (from any thread). */
    void requested(FeedSubscription subscription) {
        context.runOnContext(ignored -> drain(subscription));
    }

    /** The subscription ended: completed, failed or cancelled by its client (from any thread). */
    void ended(FeedSubscription subscription) {
        context.runOnContext(ignored -> forget(subscription));
    }

    /** Subscriptions open on this replica. */
    int open() {
        return open;
    }

    /** The last position of the log this replica has read for its live subscriptions. */
    long delivered() {
        return delivered;
    }

    /**
     * Completes every open subscription (the client gets {@code complete}) and stops reading. Events already waiting
     * for a client that reads them still go out first, for at most {@code grace}.
     */
    synchronized CompletableFuture<Void> stop(Duration grace) {
        if (stopRequested != null) {
            return stopRequested;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        stopRequested = done;
        context.runOnContext(ignored -> {
            if (open > 0) {
                LOG.infof("Completing the %d open subscriptions", open);
            }
            stopping = true;
            stopped = done;
            timers.forEach(vertx::cancelTimer);
            timers.clear();
            all().forEach(this::drain);
            vertx.setTimer(grace.toMillis(), id -> all().forEach(this::complete));
            finishStopping();
        });
        return done;
    }

    private void register(FeedSubscription subscription) {
        if (stopping) {
            subscription.emitter.complete();
            return;
        }
        if (open >= settings.maxPerReplica()) {
            subscription.emitter.fail(ApiException.limitExceeded("This replica already serves its maximum of "
                    + settings.maxPerReplica() + " subscriptions; try again later."));
            return;
        }
        int onConnection = perConnection.getOrDefault(subscription.connection.key(), 0);
        if (onConnection >= settings.maxPerConnection()) {
            subscription.emitter.fail(ApiException.limitExceeded("A connection may hold at most "
                    + settings.maxPerConnection() + " subscriptions at once; complete one before starting another."));
            return;
        }
        perConnection.put(subscription.connection.key(), onConnection + 1);
        open++;
        subscription.registered = true;
        subscription.scanned = subscription.after != null ? subscription.after : FROM_NOW;
        subscription.checked = subscription.after == null;
        catchingUp.add(subscription);
        step(subscription);
    }

    /**
     * The next move of a catching-up subscription: check its cursor and read its next page of the log, or go live
     * when it has caught up with {@link #delivered} and no page read is under way.
     */
    private void step(FeedSubscription subscription) {
        if (subscription.closed || subscription.live || subscription.reading || !started || stopping) {
            return;
        }
        if (subscription.scanned == FROM_NOW) {
            subscription.scanned = delivered;
        }
        if (subscription.checked && subscription.scanned >= delivered) {
            if (subscription.scanned == delivered && !reading) {
                catchingUp.remove(subscription);
                live.add(subscription);
                subscription.live = true;
            }
            return; // else: the next page read, or the one under way, moves it on
        }
        int room = settings.maxPending() - subscription.pending.size();
        if (room <= 0) {
            return; // drain() steps again once the client has taken some
        }
        long from = subscription.scanned;
        long through = delivered;
        Map<String, Class<?>> types = Map.of(subscription.entity, subscription.type);
        subscription.reading = true;
        context.executeBlocking(() -> {
            EventReader.Page page = from >= through ? new EventReader.Page(List.of(), from, 0)
                    : reader.read(from, through, subscription.entity, room, types);
            // After the read: a purge only ever grows the deleted prefix, so if it has not passed `from` now, every
            // entry the page needed was still there when it was read.
            reader.checkResumable(from);
            return page;
        }, false).onComplete(result -> {
            subscription.reading = false;
            if (subscription.closed) {
                return;
            }
            if (result.failed()) {
                if (result.cause() instanceof ApiException refusal) {
                    fail(subscription, refusal);
                } else {
                    unreadable("for a subscription's catch-up", result.cause());
                    vertx.setTimer(CATCH_UP_RETRY.toMillis(), id -> step(subscription));
                }
                return;
            }
            EventReader.Page page = result.result();
            subscription.checked = true;
            page.events().forEach(event -> queue(subscription, event));
            subscription.scanned = page.entries() < room ? Math.max(through, from) : page.lastPosition();
            drain(subscription);
            step(subscription);
        });
    }

    /** Reads the entries after {@link #delivered} and hands them to the live subscriptions, page after page. */
    private void readNew() {
        if (!started || stopping) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        readAgain = false;
        long from = delivered;
        Map<String, Class<?>> types = new HashMap<>();
        live.forEach(subscription -> types.put(subscription.entity, subscription.type));
        context.executeBlocking(() -> reader.read(from, Long.MAX_VALUE, null, PAGE, types), false).onComplete(result -> {
            reading = false;
            if (result.failed()) {
                unreadable("for delivery", result.cause());
                retryLater(this::readNew);
                return;
            }
            readable();
            EventReader.Page page = result.result();
            dispatch(page);
            if (page.entries() == PAGE || readAgain) {
                readNew();
            }
        });
    }

    /**
     * Queues a page's events for the live subscriptions of their type. One that has no room left goes back to
     * catching up, from the first event it could not take.
     */
    private void dispatch(EventReader.Page page) {
        if (stopping) {
            return;
        }
        for (FeedSubscription subscription : List.copyOf(live)) {
            for (Changed event : page.events()) {
                if (subscription.type != event.type()) {
                    continue;
                }
                if (subscription.pending.size() >= settings.maxPending()) {
                    live.remove(subscription);
                    catchingUp.add(subscription);
                    subscription.live = false;
                    subscription.scanned = event.position() - 1;
                    break;
                }
                queue(subscription, event);
            }
            if (subscription.live) {
                subscription.scanned = page.lastPosition();
            }
            drain(subscription);
        }
        delivered = page.lastPosition();
        List.copyOf(catchingUp).forEach(this::step);
    }

    private void queue(FeedSubscription subscription, Changed event) {
        if (subscription.pending.isEmpty()) {
            subscription.waitingSince = System.nanoTime();
        }
        subscription.pending.add(event);
    }

    /** Sends the subscription's waiting events while its client asks for them and its socket takes them. */
    private void drain(FeedSubscription subscription) {
        while (!subscription.closed && !subscription.pending.isEmpty() && subscription.emitter.requested() > 0) {
            if (!subscription.connection.writable()) {
                if (!subscription.waitingForSocket) {
                    subscription.waitingForSocket = true;
                    vertx.setTimer(SOCKET_CHECK.toMillis(), id -> {
                        subscription.waitingForSocket = false;
                        drain(subscription);
                    });
                }
                return;
            }
            subscription.waitingSince = System.nanoTime();
            subscription.emitter.emit(subscription.pending.poll());
        }
        if (stopping) {
            if (subscription.pending.isEmpty()) {
                complete(subscription); // an event still on its way goes out first: graphql-java completes after it
            }
            return;
        }
        if (!subscription.live && subscription.pending.size() <= settings.maxPending() / 2) {
            step(subscription);
        }
    }

    /** Closes the subscriptions whose clients have taken nothing for the slow-consumer timeout while events waited. */
    private void closeStalled() {
        long now = System.nanoTime();
        for (FeedSubscription subscription : all()) {
            if (!subscription.pending.isEmpty()
                    && now - subscription.waitingSince > settings.slowConsumerTimeout().toNanos()) {
                fail(subscription, new ApiException(ErrorCode.SLOW_CONSUMER, "This subscription was closed: its "
                        + "client took no event for " + settings.slowConsumerTimeout().toSeconds() + " s while "
                        + subscription.pending.size() + " or more waited. Subscribe again with 'after' set to the "
                        + "cursor of the last event received to get the rest."));
            }
        }
    }

    private void complete(FeedSubscription subscription) {
        if (!subscription.closed) {
            subscription.closed = true;
            subscription.emitter.complete();
            forget(subscription);
        }
    }

    private void fail(FeedSubscription subscription, ApiException error) {
        if (!subscription.closed) {
            subscription.closed = true;
            subscription.pending.clear();
            subscription.emitter.fail(error);
            forget(subscription);
        }
    }

    private void forget(FeedSubscription subscription) {
        subscription.closed = true;
        subscription.pending.clear();
        live.remove(subscription);
        catchingUp.remove(subscription);
        if (subscription.registered) {
            subscription.registered = false;
            open--;
            perConnection.computeIfPresent(subscription.connection.key(), (key, n) -> n <= 1 ? null : n - 1);
        }
        if (stopping) {
            finishStopping();
        }
    }

    private void finishStopping() {
        if (open == 0 && stopped != null) {
            stopped.complete(null);
        }
    }

    private List<FeedSubscription> all() {
        List<FeedSubscription> all = new ArrayList<>(live);
        all.addAll(catchingUp);
        return all;
    }

    /** Runs {@code action} again later, each time of an outage a little later, up to {@link #LAST_RETRY}. */
    private void retryLater(Runnable action) {
        long delay = retry.toMillis();
        retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        vertx.setTimer(delay, id -> action.run());
    }

    /** Says once that the log cannot be read, and not again at every retry of the same outage. */
    private void unreadable(String what, Throwable cause) {
        if (!outage) {
            outage = true;
            LOG.warnf("Cannot read the change log %s (%s); retrying until the database answers", what, cause.getMessage());
        } else {
            LOG.debugf("Still cannot read the change log %s: %s", what, cause.getMessage());
        }
    }

    private void readable() {
        retry = FIRST_RETRY;
        if (outage) {
            outage = false;
            LOG.info("The change log can be read again; delivery resumes where it stopped");
        }
    }

    private void purge() {
        Instant cutoff = Instant.now().minus(settings.retention());
        context.executeBlocking(() -> log.purge(cutoff), false).onComplete(result -> {
            if (result.failed()) {
                LOG.warnf("Cannot purge the change log (%s); trying again at the next purge", result.cause().getMessage());
            } else if (result.result() > 0) {
                LOG.debugf("Purged %d change log entries committed before %s", result.result(), cutoff);
            }
        });
    }
}
