package org.tradetalks.statement;

import org.tradetalks.pagination.Edge;

public class StatementEdge extends Edge<Statement> {

    StatementEdge(String cursor, Statement node) {
        super(cursor, node);
    }
}
