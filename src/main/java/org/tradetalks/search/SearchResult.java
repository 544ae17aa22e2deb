package org.tradetalks.search;

import io.smallrye.graphql.api.Union;

/** What a free-text search can find: an official, a meeting, a tariff or a statement. */
@Union
public interface SearchResult {
}
