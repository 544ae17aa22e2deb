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
     * Most events one subscription holds in memory for its client. A client that falls further behind reads the rest
     * from the change log at its own pace.
     */
    @WithDefault("100")
    int maxPending();

    /**
     * How long a client may take no event at all while some wait for it. Then its subscription is closed with
     * SLOW_CONSUMER; the client can subscribe again after the cursor of the last event it got.
     */
    @WithDefault("30S")
    Duration slowConsumerTimeout();

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
