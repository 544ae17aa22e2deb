package org.tradetalks.meeting;

import java.time.OffsetDateTime;

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
    @Description("The meeting as it is when the event is delivered; null when it no longer exists.")
    public final Meeting meeting;
    @NonNull
    @Description("Where this change is in the change log: pass it as `after` to resume after it.")
    public final String cursor;
    @NonNull
    @Description("When the change was committed.")
    public final OffsetDateTime committedAt;

    MeetingChange(Changed change) {
        this.kind = change.kind();
        this.id = change.id();
        this.meeting = (Meeting) change.entity();
        this.cursor = change.cursor();
        this.committedAt = change.committedAt();
    }
}
