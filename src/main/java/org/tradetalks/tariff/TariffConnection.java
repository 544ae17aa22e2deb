package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

@Description("A page of `tariffs`: its items (`edges`), where it ends (`pageInfo`) and how many match in all (`totalCount`).")
public class TariffConnection extends Connection<Tariff, TariffEdge> {

    TariffConnection(Page<Tariff> page) {
        super(page, TariffEdge::new);
    }
}
