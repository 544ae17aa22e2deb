package org.tradetalks.date;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date the source supports: the day, only the month, or only the year.")
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
