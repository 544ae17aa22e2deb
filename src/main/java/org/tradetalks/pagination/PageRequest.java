package org.tradetalks.pagination;

import org.tradetalks.error.ApiException;

/** The {@code first} and {@code after} arguments of a list query, checked against the page size limit. */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public static PageRequest of(Integer first, String after, int maxPageSize) {
        int size = first == null ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize) : first;
        if (size < 0) {
            throw ApiException.badInput("first must not be negative (got " + size + ").");
        }
        if (size > maxPageSize) {
            throw ApiException.limitExceeded("first is " + size + " but the maximum page size is " + maxPageSize
                    + " (trade-talks.limits.max-page-size); follow pageInfo.endCursor for more.");
        }
        if (after != null && after.isBlank()) {
            throw ApiException.badInput("after must be a cursor, not an empty string.");
        }
        return new PageRequest(size, after);
    }
}
