package org.tradetalks.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;

@Description("The number of meetings in one group of `meetingCounts`. Only the fields of the dimensions counted by "
        + "are set; the others are null.")
public class MeetingCount {

    @Description("The year, when counted by YEAR.")
    public final Integer year;

    @Description("The two countries, in code order, when counted by COUNTRY_PAIR.")
    public final List<@NonNull CountryCode> countries;

    @Description("The status, when counted by STATUS.")
    public final MeetingStatus status;

    @Description("The kind, when counted by KIND.")
    public final MeetingKind kind;

    @NonNull
    @Description("How many meetings fall in this group.")
    public final int count;

    MeetingCount(Integer year, List<CountryCode> countries, MeetingStatus status, MeetingKind kind, int count) {
        this.year = year;
        this.countries = countries;
        this.status = status;
        this.kind = kind;
        this.count = count;
    }
}
