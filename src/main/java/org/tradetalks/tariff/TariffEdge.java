package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Edge;

@Description("One tariff of a page of `tariffs`, with its cursor.")
public class TariffEdge extends Edge<Tariff> {

    TariffEdge(String cursor, Tariff node) {
        super(cursor, node);
    }
}
