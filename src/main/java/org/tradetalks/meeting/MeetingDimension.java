package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("What to count meetings by (see `meetingCounts`).")
public enum MeetingDimension {

    @Description("The year of the start date (every date has one, whatever its precision).")
    YEAR,

    @Description("Each pair of countries that both took part: a meeting of China, Japan and South Korea counts once "
            + "for CN–JP, CN–KR and JP–KR.")
    COUNTRY_PAIR,

    @Description("The meeting's status (HELD, SCHEDULED, ...).")
    STATUS,

    @Description("The meeting's kind (TALKS, SUMMIT, ...).")
    KIND
}
