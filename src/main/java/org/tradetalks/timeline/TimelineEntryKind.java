package org.tradetalks.timeline;

import org.eclipse.microprofile.graphql.Description;

@Description("What a timeline entry is. On the same date, meetings come before tariff events.")
public enum TimelineEntryKind {

    @Description("A meeting all the countries took part in (`meeting` is set).")
    MEETING,

    @Description("A dated change in a tariff one of the countries imposed or threatened on another (`tariffEvent` is "
            + "set).")
    TARIFF_EVENT
}
