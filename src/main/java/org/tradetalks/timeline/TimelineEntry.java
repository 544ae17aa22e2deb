package org.tradetalks.timeline;

import java.util.Comparator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDate;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.tariff.TariffEvent;

@Description("One dated event between the countries: a meeting, or a change in a tariff between them. Exactly one of `meeting` and `tariffEvent` is set.")
public class TimelineEntry {

    @NonNull
    @Description("When: the meeting's start date or the event's date, to the precision the articles support.")
    public final PartialDate date;
    @NonNull
    @Description("Whether the entry is a meeting or a tariff event.")
    public final TimelineEntryKind kind;
    @NonNull
    @Description("A one-line description: the meeting's title or the tariff event's description.")
    public final String summary;
    @Description("The meeting, for an entry of kind MEETING; otherwise null.")
    public final Meeting meeting;
    @Description("The tariff event, for an entry of kind TARIFF_EVENT; otherwise null.")
    public final TariffEvent tariffEvent;

    private TimelineEntry(PartialDate date, TimelineEntryKind kind, String summary, Meeting meeting,
            TariffEvent tariffEvent) {
        this.date = date;
        this.kind = kind;
        this.summary = summary;
        this.meeting = meeting;
        this.tariffEvent = tariffEvent;
    }

    /** The entry's position in a timeline, as the queries order it: date, precision, kind, then the row's id. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing((TimelineEntry entry) -> entry.date.date)
            .thenComparing(entry -> entry.date.precision)
            .thenComparing(entry -> entry.kind)
            .thenComparing(entry -> entry.meeting != null ? entry.meeting.id : entry.tariffEvent.id);

    static TimelineEntry of(Meeting meeting) {
        return new TimelineEntry(meeting.startDate, TimelineEntryKind.MEETING, meeting.title, meeting, null);
    }

    static TimelineEntry of(TariffEvent event) {
        return new TimelineEntry(event.date, TimelineEntryKind.TARIFF_EVENT, event.description, null, event);
    }
}
