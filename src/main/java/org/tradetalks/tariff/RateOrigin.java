package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a tariff's rate comes from.")
public enum RateOrigin {

    @Description("An article states the rate: `rateFigure` is the figure that states it and `rateSource` the article.")
    SOURCE,

    @Description("No article states the rate; it comes from the public record (e.g. the presidential proclamations of "
            + "the Section 232 tariffs), as the tariff's note says.")
    PUBLIC_RECORD
}
