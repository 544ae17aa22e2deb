package org.tradetalks.limits;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Guards against abusive requests, each checked before any field is resolved (except the deadline). Each limit is
 * named in the error a client gets when it is exceeded.
 */
@ConfigMapping(prefix = "trade-talks.limits")
public interface QueryLimits {

    /** Deepest field nesting a query may have, introspection aside. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Highest price of a query: every field the engine would resolve, counted once for each item its enclosing lists
     * are expected to hold (a connection's {@code first}, or a few for other lists), fragments expanded.
     */
    @WithDefault("20000")
    int maxComplexity();

    /** Deepest nesting of introspection fields ({@code __schema}, {@code __type}): tools ask for type references 8 deep. */
    @WithDefault("20")
    int maxIntrospectionDepth();

    /** Highest price of the introspection part of a query, with lists priced at this schema's real sizes. */
    @WithDefault("100000")
    int maxIntrospectionComplexity();

    /** Largest {@code first} a list query accepts. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * Largest request body /graphql reads; a larger one is refused with 413 before it is read (its declared length)
     * or as soon as it passes the limit.
     */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Longest query document, in characters. */
    @WithDefault("20000")
    int maxQueryLength();

    /** Most tokens (names, punctuation, values) the parser reads before it gives up on a document. */
    @WithDefault("5000")
    int maxTokens();

    /** Most aliased fields a query document may hold (aliases multiply the work of one field). */
    @WithDefault("30")
    int maxAliases();

    /** Most directives a query document may hold. */
    @WithDefault("50")
    int maxDirectives();

    /** Most operations a query document may hold (only one runs, but all are parsed and validated). */
    @WithDefault("5")
    int maxOperations();

    /**
     * How long a request may take from its arrival to its answer; past that it is answered with LIMIT_EXCEEDED and
     * whatever is still running for it stops at its next resolver.
     */
    @WithDefault("10s")
    Duration requestTimeout();
}
