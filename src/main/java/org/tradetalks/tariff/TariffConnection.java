package org.tradetalks.tariff;

import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

public class TariffConnection extends Connection<Tariff, TariffEdge> {

    TariffConnection(Page<Tariff> page) {
        super(page, TariffEdge::new);
    }
}
