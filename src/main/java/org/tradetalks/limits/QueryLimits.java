package org.tradetalks.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Guards against abusive queries. Each limit is named in the error a client gets when it is exceeded. */
@ConfigMapping(prefix = "trade-talks.limits")
public interface QueryLimits {

    /** Deepest field nesting a query may have. */
    @WithDefault("12")
    int maxDepth();

    /** Highest estimated cost of a query: each field counts once per item its parent lists are expected to hold. */
    @WithDefault("20000")
    int maxComplexity();

    /** Largest {@code first} a list query accepts. */
    @WithDefault("100")
    int maxPageSize();

    /** Longest query document, in characters. */
    @WithDefault("20000")
    int maxQueryLength();

    /** Most aliased fields a query document may hold (aliases multiply the work of one field). */
    @WithDefault("30")
    int maxAliases();

    /** Most operations a query document may hold (only one runs, but all are parsed and validated). */
    @WithDefault("5")
    int maxOperations();
}
