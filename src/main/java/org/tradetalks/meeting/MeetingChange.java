package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.change.Changed;

@Description("A committed change to a meeting.")
public class MeetingChange {

    @NonNull
    @Description("Whether the meeting was created, updated or deleted.")
    public final ChangeKind kind;
    @NonNull
    @Id
    @Description("The meeting's id (also for a deleted one).")
    public final Long id;
    @Description("The meeting as written; null when it was deleted.")
    public final Meeting meeting;

    MeetingChange(Changed change) {
        this.kind = change.kind();
        this.id = change.id();
        this.meeting = (Meeting) change.entity();
    }
}
