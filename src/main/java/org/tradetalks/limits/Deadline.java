package org.tradetalks.limits;

import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;

/**
 * When a request must be answered by. The edge answers a late request itself when its time is up; the engine asks
 * {@link #check()} before every resolver, so the work still running for a request that was answered, or whose client
 * has gone, stops at its next resolver and frees its thread.
 */
public final class Deadline {

    /** The key of the request's deadline in the GraphQL context. */
    public static final String KEY = Deadline.class.getName();

    private final long endNanos;
    private final String limit;
    private volatile String stopped;

    private Deadline(long endNanos, String limit) {
        this.endNanos = endNanos;
        this.limit = limit;
    }

    /** A deadline {@code timeout} from now; {@code limit} names it in messages, e.g. "10 s (trade-talks.limits.request-timeout)". */
    public static Deadline in(java.time.Duration timeout, String limit) {
        return new Deadline(System.nanoTime() + timeout.toNanos(), limit);
    }

    public long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    public boolean passed() {
        return stopped != null || System.nanoTime() - endNanos >= 0;
    }

    /** Stops the request's remaining work, e.g. because its client closed the connection. */
    public void stop(String why) {
        if (stopped == null) {
            stopped = why;
        }
    }

    /** The error a request gets when it runs past its deadline. */
    public ApiException exceeded() {
        return new ApiException(ErrorCode.LIMIT_EXCEEDED, "The request took longer than " + limit
                + " and was stopped; ask for less (smaller pages, fewer nested lists) and try again.");
    }

    /** {@link #check()} for the request whose GraphQL context this is, if it has a deadline (subscription events have none). */
    public static void check(graphql.GraphQLContext context) {
        Deadline deadline = context.get(KEY);
        if (deadline != null) {
            deadline.check();
        }
    }

    /** Throws when the request's time is up or it was stopped: the resolver about to run is not needed any more. */
    public void check() {
        String why = stopped;
        if (why != null) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "The request was stopped: " + why + ".");
        }
        if (System.nanoTime() - endNanos >= 0) {
            throw exceeded();
        }
    }
}
