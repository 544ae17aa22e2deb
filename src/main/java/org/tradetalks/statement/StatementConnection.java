package org.tradetalks.statement;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

@Description("A page of `statements`: its items (`edges`), where it ends (`pageInfo`) and how many match in all (`totalCount`).")
public class StatementConnection extends Connection<Statement, StatementEdge> {

    StatementConnection(Page<Statement> page) {
        super(page, StatementEdge::new);
    }
}
