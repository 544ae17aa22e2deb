package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.change.Changed;

@Description("A committed change to a tariff (its events and links included).")
public class TariffChange {

    @NonNull
    @Description("Whether the tariff was created, updated or deleted.")
    public final ChangeKind kind;
    @NonNull
    @Id
    @Description("The tariff's id (also for a deleted one).")
    public final Long id;
    @Description("The tariff as written; null when it was deleted.")
    public final Tariff tariff;

    TariffChange(Changed change) {
        this.kind = change.kind();
        this.id = change.id();
        this.tariff = (Tariff) change.entity();
    }
}
