package org.tradetalks.pagination;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One page of a list, as a Relay cursor connection. Each list has its own subclass so its GraphQL type
 * is named after it (MeetingConnection, MeetingEdge).
 *
 * <p>Registered for reflection because its fields are read from here: SmallRye registers the schema's classes (the
 * subclasses) for the native image, not their superclasses, and a native binary then finds no
 * {@code MeetingConnection.getTotalCount} (ReflectionRegistrationTest).
 */
@RegisterForReflection
public abstract class Connection<N, E extends Edge<N>> {

    @NonNull
    @Description("The items of this page, each with its cursor, in the list's order.")
    public final List<@NonNull E> edges;
    @NonNull
    @Description("Whether more items follow, and the cursor to ask for them.")
    public final PageInfo pageInfo;
    private final Integer totalCount;

    protected Connection(Page<N> page, BiFunction<String, N, E> edge) {
        List<E> built = new ArrayList<>(page.nodes().size());
        for (int i = 0; i < page.nodes().size(); i++) {
            built.add(edge.apply(page.cursors().get(i), page.nodes().get(i)));
        }
        this.edges = built;
        this.pageInfo = page.pageInfo();
        this.totalCount = page.totalCount();
    }

    /** Null only when the client did not select it: the count is a query of its own. */
    @NonNull
    @Description("How many items match the filter, over all pages (counted only when selected).")
    public Integer getTotalCount() {
        return totalCount;
    }
}
