package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;

@Description("What to count tariff events by (see `tariffEventCounts`).")
public enum TariffEventDimension {

    @Description("The year of the event's date.")
    YEAR,

    @Description("The status the event put the tariff in (IN_FORCE, UNDER_NEGOTIATION, ...).")
    STATUS,

    @Description("The country that imposed or threatened the tariff.")
    IMPOSED_BY,

    @Description("A country the tariff is aimed at: an event of a tariff on two countries counts once for each.")
    TARGET,

    @Description("The imposing country and a target, as a pair in code order (so the pairs line up with those of "
            + "`meetingCounts`): an event of a US tariff on Japan counts for [JP, US].")
    COUNTRY_PAIR
}
