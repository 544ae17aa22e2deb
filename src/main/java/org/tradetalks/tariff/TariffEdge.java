package org.tradetalks.tariff;

import org.tradetalks.pagination.Edge;

public class TariffEdge extends Edge<Tariff> {

    TariffEdge(String cursor, Tariff node) {
        super(cursor, node);
    }
}
