package org.tradetalks.pagination;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public class PageInfo {

    @NonNull
    @Description("True when more items follow this page: ask again with `after: endCursor`.")
    public final boolean hasNextPage;
    @NonNull
    @Description("True when the page was requested with `after`.")
    public final boolean hasPreviousPage;
    @Description("The cursor of the first item of this page; null when the page is empty.")
    public final String startCursor;
    @Description("The cursor of the last item of this page: pass it as `after` to get the next page. Null when the page is empty.")
    public final String endCursor;

    PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
