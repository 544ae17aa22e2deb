package org.tradetalks.pagination;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public class PageInfo {

    @NonNull
    public final boolean hasNextPage;
    @NonNull
    @Description("True when the page was requested with `after`.")
    public final boolean hasPreviousPage;
    public final String startCursor;
    @Description("Pass this as `after` to get the next page.")
    public final String endCursor;

    PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
