package org.tradetalks.date;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a list by date. A date known only to the month or the year sorts on the first day of its "
        + "period: \"2021\" sorts as 1 January 2021 and \"2021-11\" as 1 November 2021, each after a date known to "
        + "that very day. Rows with the same date follow in the order they were recorded.")
public enum DateOrder {

    @Description("Oldest first.")
    DATE_ASC,

    @Description("Newest first: the exact reverse of DATE_ASC.")
    DATE_DESC
}
