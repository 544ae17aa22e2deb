package org.tradetalks.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the service keeps between requests: persisted query documents and answers to public queries (docs/CACHING.md). */
@ConfigMapping(prefix = "trade-talks.cache")
public interface CacheSettings {

    /**
     * Whether answers to anonymous queries are kept in memory and reused (the in-process response cache). Off, every
     * query is executed; persisted queries and HTTP validators (ETag, 304) work either way.
     */
    @WithDefault("true")
    boolean enabled();

    /** Most answers the response cache holds; the least recently used go first. */
    @WithDefault("2000")
    int maxEntries();

    /**
     * Most characters the response cache holds in all: the answers' documents and variables, and their bodies'
     * UTF-8 bytes (what they take in memory).
     */
    @WithDefault("20000000")
    long maxCharacters();

    /**
     * The {@code max-age} of the {@code Cache-Control: public} header on GET answers to anonymous queries. 0 (the
     * default): a browser or shared cache may keep the answer but must revalidate it (a cheap 304 when the ETag still
     * matches) before every reuse, so nobody is served an answer older than the last committed change. A larger value
     * lets HTTP caches serve it unasked for that long, possibly after a change.
     */
    @WithDefault("0s")
    Duration httpMaxAge();

    /** Most documents kept for automatic persisted queries, by their SHA-256 hash. */
    @WithDefault("5000")
    int persistedQueriesMaxEntries();

    /** Most characters of documents kept for automatic persisted queries, in all. */
    @WithDefault("5000000")
    long persistedQueriesMaxCharacters();
}
