package org.tradetalks.cache;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.logging.Logger;
import org.tradetalks.change.ChangeFeed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Answers to anonymous queries, kept in memory and reused while nothing has changed since they were computed. The
 * edge decides what may be kept (anonymous queries, answers without errors); this class decides whether a kept answer
 * is still current, which is where correctness across replicas lives (docs/CACHING.md):
 *
 * <p>Every committed change moves the change log's head, in the same transaction as the change itself, on whichever
 * replica made it. An answer is kept with the head read before it was computed, and served again only while the head
 * is still there: one primary-key read of the head row per hit. So an answer is never served once any change has
 * committed after its computation began, on this replica or another, whether or not this replica's reader has seen the
 * change yet. An answer computed while a change committed is not kept at all (the head is read again before keeping).
 *
 * <p>That is coarser than per-type invalidation: any change makes every kept answer stale. Mapping a change to the
 * answers it affects is not sound here without much more machinery (a meeting's deletion changes statements and
 * tariffs in SQL, counts and searches read several types), and the data changes seldom next to how often it is read.
 */
@ApplicationScoped
public class ResponseCache {

    private static final Logger LOG = Logger.getLogger(ResponseCache.class);
    /** Looked up once: {@code Json.createValue} looks the provider up again on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    /** What identifies an answer: the exact document, the operation, the variables (canonical JSON), the media type. */
    public record Key(String document, String operationName, String variables, String mediaType) {

        public static Key of(String document, String operationName, JsonObject variables, String mediaType) {
            return new Key(document, operationName, variables == null ? "{}" : canonical(variables), mediaType);
        }

        long weight() {
            return document.length() + variables.length() + 64;
        }
    }

    /** A kept answer: its body (UTF-8 JSON), its ETag, and the log head it was computed after. */
    public record Cached(byte[] body, String etag, long position) {
    }

    /** The outcome of a look-up: a current answer, or the head to compute a new one after (-1 when unknown). */
    public record Lookup(Cached hit, long position) {
    }

    private record Entry(Key key, Cached answer) {
    }

    @Inject
    CacheSettings settings;

    @Inject
    ChangeFeed changes;

    @Inject
    MeterRegistry meters;

    /** Where the change log's head is read: {@link ChangeFeed#committedThrough()}, unless a test gives another. */
    @FunctionalInterface
    interface Head {
        long position() throws SQLException;
    }

    Head head;
    private Bounded<Key, Entry> answers;
    private Counter hits;
    private Counter misses;

    @PostConstruct
    void start() {
        if (head == null) {
            head = changes::committedThrough;
        }
        answers = new Bounded<>(settings.maxEntries(), settings.maxCharacters(),
                entry -> entry.key().weight() + entry.answer().body().length);
        hits = Counter.builder("graphql.response.cache").tag("result", "hit")
                .description("Anonymous queries answered from the in-process response cache").register(meters);
        misses = Counter.builder("graphql.response.cache").tag("result", "miss")
                .description("Anonymous queries the response cache had no current answer for (executed)").register(meters);
        Gauge.builder("graphql.response.cache.entries", answers, Bounded::size)
                .description("Answers held by the in-process response cache").register(meters);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The current kept answer for the key, if any; otherwise the head position to compute it after. */
    public Lookup lookup(Key key) {
        long head = head();
        Entry entry = answers.get(key);
        if (entry != null && head >= 0 && entry.answer().position() == head) {
            hits.increment();
            return new Lookup(entry.answer(), head);
        }
        if (entry != null && head >= 0) {
            answers.remove(key, entry);
        }
        misses.increment();
        return new Lookup(null, head);
    }

    /** Keeps an answer computed after {@code position}, unless a change has committed since. */
    public void keep(Key key, byte[] body, String etag, long position) {
        if (position < 0 || head() != position) {
            return;
        }
        answers.put(key, new Entry(key, new Cached(body, etag, position)));
    }

    private long head() {
        try {
            return head.position();
        } catch (SQLException | RuntimeException unreadable) {
            // No head, no proof of freshness: the request is executed (and will meet the same database trouble).
            LOG.debugf("Cannot read the change log head, answering uncached: %s", unreadable.getMessage());
            return -1;
        }
    }

    /** JSON with the members of every object in name order, so that the same variables make the same key. */
    static String canonical(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, JsonValue> sorted = new TreeMap<>((JsonObject) value);
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(JSON.createValue(member.getKey()));
                    out.append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case STRING -> out.append((JsonString) value);
            default -> out.append(value);
        }
    }
}
