package org.tradetalks.statement;

import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

public class StatementConnection extends Connection<Statement, StatementEdge> {

    StatementConnection(Page<Statement> page) {
        super(page, StatementEdge::new);
    }
}
