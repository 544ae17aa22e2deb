package org.tradetalks.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("The unit of a figure's amount.")
public enum FigureUnit {

    @Description("Billions of U.S. dollars (60 means $60 billion).")
    USD_BILLION,

    @Description("Percent (25 means 25%).")
    PERCENT,

    @Description("Years.")
    YEARS,

    @Description("Months.")
    MONTHS,

    @Description("Days.")
    DAYS,

    @Description("A plain count (of nations, for instance).")
    COUNT
}
