package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a tariff stands. IN_FORCE and UNDER_NEGOTIATION are the tariffs that stand (are being levied).")
public enum TariffStatus {

    @Description("Announced as possible or threatened, not (yet) levied, e.g. the result of an investigation still "
            + "under way.")
    THREATENED,

    @Description("Levied.")
    IN_FORCE,

    @Description("Levied, and the two sides have agreed to negotiate over it (it may be reduced or removed).")
    UNDER_NEGOTIATION,

    @Description("The target country was exempted: the tariff is not levied on it.")
    EXEMPTED,

    @Description("Levied once, now suspended.")
    SUSPENDED,

    @Description("Removed.")
    LIFTED
}
