package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a meeting stood as of the latest article that reports it.")
public enum MeetingStatus {

    @Description("It took place (for negotiations: they have begun). Count these to count meetings attended.")
    HELD,

    @Description("Agreed and planned, with at least a rough date, but not yet held as of the article.")
    SCHEDULED,

    @Description("Suggested or possible, not agreed: an offer, an idea, a prospect.")
    PROPOSED,

    @Description("Called off.")
    CANCELLED
}
