package org.tradetalks.search;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** What a free-text search can find: an official, a meeting, a tariff or a statement. */
@Union
@Description("What `search` finds: an official, a meeting, a tariff or a statement (ask for `__typename`).")
public interface SearchResult {
}
