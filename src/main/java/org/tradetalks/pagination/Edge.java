package org.tradetalks.pagination;

import org.eclipse.microprofile.graphql.NonNull;

/** A row of a page and its cursor; each list has its own subclass so its GraphQL type is named after it. */
public abstract class Edge<N> {

    @NonNull
    public final String cursor;
    @NonNull
    public final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }
}
