package org.tradetalks.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.change.Changed;

@Description("A committed change to a statement.")
public class StatementChange {

    @NonNull
    @Description("Whether the statement was created, updated or deleted.")
    public final ChangeKind kind;
    @NonNull
    @Id
    @Description("The statement's id (also for a deleted one).")
    public final Long id;
    @Description("The statement as written; null when it was deleted.")
    public final Statement statement;

    StatementChange(Changed change) {
        this.kind = change.kind();
        this.id = change.id();
        this.statement = (Statement) change.entity();
    }
}
