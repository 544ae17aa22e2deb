package org.tradetalks.date;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date the source supports: the day, only the month, or only the year.")
public enum DatePrecision {

    @Description("The day is known: 2018-04-16.")
    DAY,

    @Description("Only the month is known: 2018-04 (stored as its first day).")
    MONTH,

    @Description("Only the year is known: 2018 (stored as 1 January).")
    YEAR
}
