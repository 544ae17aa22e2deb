package org.tradetalks.official;

import org.tradetalks.pagination.Edge;

public class OfficialEdge extends Edge<Official> {

    OfficialEdge(String cursor, Official node) {
        super(cursor, node);
    }
}
