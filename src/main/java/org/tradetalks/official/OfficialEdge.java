package org.tradetalks.official;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Edge;

@Description("One official of a page of `officials`, with its cursor.")
public class OfficialEdge extends Edge<Official> {

    OfficialEdge(String cursor, Official node) {
        super(cursor, node);
    }
}
