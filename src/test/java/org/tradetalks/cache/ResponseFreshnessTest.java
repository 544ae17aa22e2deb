package org.tradetalks.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * When a kept answer may be served, with the change log's head moved by hand as commits on any replica move it: the
 * cases a concurrent test could only hit by luck (a commit while the answer is computed, another replica's commit
 * that this one has not heard of).
 */
class ResponseFreshnessTest {

    private static final byte[] BODY = "{\"data\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final AtomicLong head = new AtomicLong(7);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ResponseCache cache;
    private final ResponseCache.Key key = ResponseCache.Key.of("{ countries { code } }", null, null, "application/json");

    @BeforeEach
    void start() {
        cache = new ResponseCache();
        cache.settings = settings(100, 1_000_000);
        cache.meters = meters;
        cache.head = head::get;
        cache.start();
    }

    @Test
    void anAnswerIsServedAgainWhileNothingHasCommitted() {
        long before = cache.lookup(key).position();
        cache.keep(key, BODY, "\"e\"", before);
        ResponseCache.Lookup again = cache.lookup(key);
        assertNotNull(again.hit());
        assertArrayEquals(BODY, again.hit().body());
        assertEquals(1, meters.counter("graphql.response.cache", "result", "hit").count());
        assertEquals(1, meters.counter("graphql.response.cache", "result", "miss").count());
    }

    @Test
    void anAnswerComputedWhileAChangeCommittedIsNotKept() {
        long before = cache.lookup(key).position();
        head.incrementAndGet(); // a mutation commits while the query runs: the answer may or may not show it
        cache.keep(key, BODY, "\"e\"", before);
        assertNull(cache.lookup(key).hit());
    }

    @Test
    void anyCommitAfterwardsOnAnyReplicaMakesTheAnswerStale() {
        long before = cache.lookup(key).position();
        cache.keep(key, BODY, "\"e\"", before);
        head.incrementAndGet(); // another replica committed; this one's reader may not have heard of it yet
        ResponseCache.Lookup after = cache.lookup(key);
        assertNull(after.hit(), "the old answer is not served");
        assertEquals(before + 1, after.position(), "the new answer is computed after the commit");
    }

    @Test
    void withoutTheHeadNothingIsServedOrKept() {
        cache.keep(key, BODY, "\"e\"", cache.lookup(key).position());
        cache.head = () -> {
            throw new SQLException("database away");
        };
        ResponseCache.Lookup lookup = cache.lookup(key);
        assertNull(lookup.hit());
        cache.keep(key, BODY, "\"e\"", lookup.position());
        cache.head = head::get;
        assertNotNull(cache.lookup(key).hit(), "the answer kept before the outage is current again");
    }

    @Test
    void theCacheStaysWithinItsBounds() {
        cache = new ResponseCache();
        cache.settings = settings(2, 1_000_000);
        cache.meters = new SimpleMeterRegistry();
        cache.head = head::get;
        cache.start();
        for (int i = 0; i < 3; i++) {
            cache.keep(ResponseCache.Key.of("{ a" + i + ": countries { code } }", null, null, "application/json"), BODY, "\"e\"", 7);
        }
        assertNull(cache.lookup(ResponseCache.Key.of("{ a0: countries { code } }", null, null, "application/json")).hit(),
                "the least recently used answer went first");
        assertNotNull(cache.lookup(ResponseCache.Key.of("{ a2: countries { code } }", null, null, "application/json")).hit());
    }

    @Test
    void variablesInAnotherOrderAreTheSameKey() {
        var one = ResponseCache.Key.of("q", null, Json.createObjectBuilder().add("a", 1).add("b", Json.createObjectBuilder()
                .add("y", "x").add("x", true)).build(), "application/json");
        var other = ResponseCache.Key.of("q", null, Json.createObjectBuilder().add("b", Json.createObjectBuilder()
                .add("x", true).add("y", "x")).add("a", 1).build(), "application/json");
        assertEquals(one, other);
        assertEquals(ResponseCache.Key.of("q", null, null, "t"), ResponseCache.Key.of("q", null, Json.createObjectBuilder().build(), "t"));
    }

    private static CacheSettings settings(int entries, long characters) {
        return new CacheSettings() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int maxEntries() {
                return entries;
            }

            @Override
            public long maxCharacters() {
                return characters;
            }

            @Override
            public Duration httpMaxAge() {
                return Duration.ZERO;
            }

            @Override
            public int persistedQueriesMaxEntries() {
                return entries;
            }

            @Override
            public long persistedQueriesMaxCharacters() {
                return characters;
            }
        };
    }
}
