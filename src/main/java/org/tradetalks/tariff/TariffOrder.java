package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a list of tariffs. Tariffs whose announcement date is unknown come last in both orders.")
public enum TariffOrder {

    @Description("Earliest announced first (a date known only to the month or the year sorts on the first day of its "
            + "period, after a date known to that day).")
    ANNOUNCED_ASC,

    @Description("Latest announced first.")
    ANNOUNCED_DESC
}
