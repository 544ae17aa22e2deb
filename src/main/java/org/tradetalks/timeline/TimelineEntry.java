package org.tradetalks.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDate;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.tariff.TariffEvent;

@Description("One dated event between the countries: a meeting, or a change in a tariff between them. Exactly one of `meeting` and `tariffEvent` is set.")
public class TimelineEntry {

    @NonNull
    public final PartialDate date;
    @NonNull
    public final TimelineEntryKind kind;
    @NonNull
    @Description("A one-line description: the meeting's title or the tariff event's description.")
    public final String summary;
    public final Meeting meeting;
    public final TariffEvent tariffEvent;

    private TimelineEntry(PartialDate date, TimelineEntryKind kind, String summary, Meeting meeting,
            TariffEvent tariffEvent) {
        this.date = date;
        this.kind = kind;
        this.summary = summary;
        this.meeting = meeting;
        this.tariffEvent = tariffEvent;
    }

    static TimelineEntry of(Meeting meeting) {
        return new TimelineEntry(meeting.startDate, TimelineEntryKind.MEETING, meeting.title, meeting, null);
    }

    static TimelineEntry of(TariffEvent event) {
        return new TimelineEntry(event.date, TimelineEntryKind.TARIFF_EVENT, event.description, null, event);
    }
}
