package org.tradetalks.official;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

@Description("A page of `officials`: its items (`edges`), where it ends (`pageInfo`) and how many match in all (`totalCount`).")
public class OfficialConnection extends Connection<Official, OfficialEdge> {

    OfficialConnection(Page<Official> page) {
        super(page, OfficialEdge::new);
    }
}
