package org.tradetalks.change;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened to an entity in a committed change.")
public enum ChangeKind {

    @Description("It was added.")
    CREATED,

    @Description("Its fields or links changed.")
    UPDATED,

    @Description("It was removed.")
    DELETED
}
