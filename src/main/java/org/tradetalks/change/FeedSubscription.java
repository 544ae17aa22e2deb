package org.tradetalks.change;

import java.util.ArrayDeque;
import java.util.Deque;

import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One client subscription as {@link Delivery} tracks it. Its fields are read and written on the delivery context only.
 *
 * <p>A subscription first catches up: it reads the log itself, from its start position to what the replica has
 * delivered so far. Then it goes live and receives what the replica reads next. Its {@link #pending} events wait there
 * until the client asks for more, at most {@link SubscriptionSettings#maxPending()} of them.
 */
final class FeedSubscription {

    final Class<?> type;
    final String entity;
    final SubscriberConnection connection;
    final MultiEmitter<? super Changed> emitter;
    /** The {@code after} cursor's position, or null for "from now on". */
    final Long after;
    final Deque<Changed> pending = new ArrayDeque<>();

    /** Every change up to here has been read for this subscription (queued, delivered, or not of its entity). */
    long scanned;
    /** The start position has been checked against the log (not newer than the log, not purged). */
    boolean checked;
    boolean live;
    /** A page of its catch-up is being read. */
    boolean reading;
    /** Since when its client has taken nothing while events waited (System.nanoTime()). */
    long waitingSince;
    /** A timer will look again whether its connection takes more. */
    boolean waitingForSocket;
    /** Counted against the limits. */
    boolean registered;
    boolean closed;

    FeedSubscription(Class<?> type, SubscriberConnection connection, MultiEmitter<? super Changed> emitter, Long after) {
        this.type = type;
        this.entity = ChangeFeed.entityName(type);
        this.connection = connection;
        this.emitter = emitter;
        this.after = after;
    }
}
