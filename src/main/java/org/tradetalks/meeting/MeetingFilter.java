package org.tradetalks.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("MeetingFilter")
@Description("Narrows `meetings`; every given field must match.")
public class MeetingFilter {

    @Description("ISO codes of countries that all took part.")
    public List<String> countries;

    @Id
    @Description("An official who took part.")
    public String participant;

    @Description("Meetings starting on or after this date.")
    public LocalDate from;

    @Description("Meetings starting on or before this date.")
    public LocalDate to;

    public MeetingStatus status;

    public MeetingKind kind;

    @Description("Part of a topic, ignoring case and accents (\"steel\").")
    public String topic;
}
