package org.tradetalks.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;
import org.tradetalks.date.DateBound;

@Input("MeetingFilter")
@Description("Narrows a list of meetings; every given field must match. A field left out (or null) does not filter; "
        + "a list field matches any of its values.")
public class MeetingFilter {

    @Description("Countries that all took part, possibly with others: [\"CN\", \"JP\"] finds the China–Japan dialogue "
            + "and the China–Japan–South Korea summit. Add `onlyCountries: true` for meetings of exactly these "
            + "countries.")
    public List<@NonNull CountryCode> countries;

    @DefaultValue("false")
    @Description("With `countries`: only meetings no other country took part in (bilateral meetings, for two "
            + "countries).")
    public boolean onlyCountries;

    @Id
    @Description("An official who took part (an official's `id`).")
    public String participant;

    @Description("Meetings starting on or after the first day of this day, month or year (\"2021\", \"2021-11\", "
            + "\"2021-11-15\").")
    public DateBound from;

    @Description("Meetings starting on or before the last day of this day, month or year.")
    public DateBound to;

    @Description("Meetings with any of these statuses, e.g. [HELD] for those that took place.")
    public List<@NonNull MeetingStatus> status;

    @Description("Meetings of any of these kinds, e.g. [SUMMIT, TALKS].")
    public List<@NonNull MeetingKind> kind;

    @Description("Part of a topic, ignoring case and accents (\"steel\").")
    public String topic;
}
