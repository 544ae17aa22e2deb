package org.tradetalks.pagination;

import java.util.List;
/** One page of rows with their cursors, before it is shaped into a typed connection; totalCount is null when not asked for. */
public record Page<N>(List<N> nodes, List<String> cursors, PageInfo pageInfo, Integer totalCount) {
}
