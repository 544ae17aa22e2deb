package org.tradetalks.official;

import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

public class OfficialConnection extends Connection<Official, OfficialEdge> {

    OfficialConnection(Page<Official> page) {
        super(page, OfficialEdge::new);
    }
}
