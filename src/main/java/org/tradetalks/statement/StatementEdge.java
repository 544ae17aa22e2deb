package org.tradetalks.statement;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Edge;

@Description("One statement of a page of `statements`, with its cursor.")
public class StatementEdge extends Edge<Statement> {

    StatementEdge(String cursor, Statement node) {
        super(cursor, node);
    }
}
