package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of meeting it is.")
public enum MeetingKind {

    @Description("Talks between officials, in person: a bilateral meeting, a round of trade talks.")
    TALKS,

    @Description("A meeting of heads of state or government (a leaders' summit, the East Asia Summit, the G7).")
    SUMMIT,

    @Description("A standing dialogue held in rounds, such as the Japan–U.S. Economic Dialogue led by the two deputies.")
    ECONOMIC_DIALOGUE,

    @Description("A telephone call between officials.")
    PHONE_CALL,

    @Description("Formal negotiations towards an agreement, possibly over many rounds (e.g. on a free trade agreement "
            + "or on tariffs).")
    NEGOTIATIONS,

    @Description("An official's visit to another country.")
    VISIT
}
