package org.tradetalks.tariff;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;
import org.tradetalks.date.DateBound;

@Input("TariffEventFilter")
@Description("Narrows the tariff events counted; every given field must match. A field left out (or null) does not "
        + "filter; a list field matches any of its values.")
public class TariffEventFilter {

    @Description("Events of tariffs imposed or threatened by any of these countries.")
    public List<@NonNull CountryCode> imposedBy;

    @Description("Events of tariffs aimed at any of these countries.")
    public List<@NonNull CountryCode> target;

    @Description("Events that put the tariff in any of these statuses.")
    public List<@NonNull TariffStatus> status;

    @Description("Events on or after the first day of this day, month or year (\"2018\", \"2018-03\").")
    public DateBound from;

    @Description("Events on or before the last day of this day, month or year.")
    public DateBound to;
}
