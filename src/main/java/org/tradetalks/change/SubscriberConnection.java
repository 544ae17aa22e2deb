package org.tradetalks.change;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * The client connection a subscription's events go out on: what the per-connection limit counts by, and whether the
 * client is reading what it is sent.
 *
 * <p>SmallRye's WebSocket handler writes each event into the socket's queue and asks for the next one at once, without
 * looking at the queue: a client that stops reading would make the server buffer its events without bound, in Netty.
 * The handler does not expose the socket, but the socket is the HTTP connection it was upgraded from, and that
 * connection's Netty channel says when its queue is over the high-water mark. Events then wait in the subscription's own
 * bounded queue ({@link SubscriptionSettings#maxPending()}). {@link ConnectionBase} is Vert.x's internal connection class;
 * on any other connection type every write counts as accepted and only that bound applies.
 */
final class SubscriberConnection {

    private final Object key;
    private final ConnectionBase channel;

    private SubscriberConnection(Object key, ConnectionBase channel) {
        this.key = key;
        this.channel = channel;
    }

    static SubscriberConnection of(HttpConnection connection) {
        return new SubscriberConnection(connection, connection instanceof ConnectionBase base ? base : null);
    }

    /** A subscription made outside any client connection (in-process): a connection of its own. */
    static SubscriberConnection none() {
        return new SubscriberConnection(new Object(), null);
    }

    /** Identifies the connection (by identity). */
    Object key() {
        return key;
    }

    /** Whether the socket takes more now: false while the client is not reading what it was sent. */
    boolean writable() {
        return channel == null || !channel.isNotWritable();
    }
}
