package org.tradetalks.pagination;

import io.smallrye.graphql.api.Context;
import graphql.schema.DataFetchingEnvironment;

/** What the client selected under a list query, so work it did not ask for is not done. */
public final class Selection {

    private Selection() {
    }

    /** Whether {@code totalCount} was selected on the connection being resolved. */
    public static boolean wantsTotalCount(Context context) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        return environment != null && environment.getSelectionSet().contains("totalCount");
    }
}
