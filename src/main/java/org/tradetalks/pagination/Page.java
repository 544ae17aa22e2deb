package org.tradetalks.pagination;

import java.util.List;

/** One page of rows with their cursors, before it is shaped into a typed connection; totalCount is null when not asked for. */
public record Page<N>(List<N> nodes, List<String> cursors, PageInfo pageInfo, Integer totalCount) {

    /** A page put together from rows of several queries (a merged list); the cursors are the rows' own. */
    public static <N> Page<N> of(List<N> nodes, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage,
            Integer totalCount) {
        return new Page<>(nodes, cursors, new PageInfo(hasNextPage, hasPreviousPage,
                cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1)),
                totalCount);
    }
}
