package org.tradetalks.pagination;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A row of a page and its cursor; each list has its own subclass so its GraphQL type is named after it. Registered for
 * reflection as {@link Connection} is: the subclasses' {@code cursor} and {@code node} are read from here.
 */
@RegisterForReflection
public abstract class Edge<N> {

    @NonNull
    @Description("An opaque position in the list: pass it as `after` to get the items that follow this one.")
    public final String cursor;
    @NonNull
    @Description("The item.")
    public final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }
}
