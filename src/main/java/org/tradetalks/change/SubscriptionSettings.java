package org.tradetalks.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and timings of subscriptions and of the change log they are delivered from. */
@ConfigMapping(prefix = "trade-talks.subscriptions")
public interface SubscriptionSettings {

    /** Most subscriptions one WebSocket connection may hold open at once. */
    @WithDefault("10")
    int maxPerConnection();

    /** Most subscriptions one replica serves at once, over all its connections. */
    @WithDefault("1000")
    int maxPerReplica();

    /**
     * Most events one subscription may have waiting for its client. A client that falls further behind is sent
     * SLOW_CONSUMER and its subscription is closed; it can resubscribe after the cursor of the last event it got.
     */
    @WithDefault("100")
    int maxPending();

    /** How long the change log keeps a change: the oldest point a subscription can resume from. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * How often a replica reads the log even when nothing woke it. Commits wake the replica that made them at once,
     * and the others through PostgreSQL's NOTIFY; this is the safety net.
     */
    @WithDefault("5S")
    Duration pollInterval();
}
