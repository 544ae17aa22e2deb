package org.tradetalks.edge;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.tradetalks.cache.PersistedQueries;

/**
 * The HTTP caching headers of /graphql answers. Only GET answers to anonymous queries without errors may be kept by
 * browsers and shared caches, each with a strong ETag (a hash of its media type and body) so that a conditional
 * request is answered 304; they vary with Accept (the media type) and Authorization (whose presence makes a request
 * not anonymous). Everything else says no-store: POST answers, answers with errors, refusals, and anything asked
 * with credentials (private as well).
 */
final class HttpCaching {

    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";
    static final Map<String, String> UNCACHEABLE = Map.of(CACHE_CONTROL, NO_STORE);
    static final Map<String, String> PRIVATE = Map.of(CACHE_CONTROL, "private, no-store");

    private HttpCaching() {
    }

    static String etag(String contentType, byte[] body) {
        return '"' + PersistedQueries.sha256((contentType + '\n').getBytes(StandardCharsets.UTF_8), body).substring(0, 32) + '"';
    }

    static Map<String, String> cacheable(String etag, Duration maxAge) {
        return Map.of("ETag", etag, CACHE_CONTROL, "public, max-age=" + maxAge.toSeconds(), "Vary", "Accept, Authorization");
    }

    /**
     * Whether an {@code If-None-Match} header matches the ETag: {@code *}, or one of its listed tags, compared weakly
     * (a {@code W/} prefix ignored) as RFC 9110 has it for this header.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
