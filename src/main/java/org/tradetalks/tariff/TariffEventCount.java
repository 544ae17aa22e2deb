package org.tradetalks.tariff;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;

@Description("The number of tariff events in one group of `tariffEventCounts`. Only the fields of the dimensions "
        + "counted by are set; the others are null.")
public class TariffEventCount {

    @Description("The year, when counted by YEAR.")
    public final Integer year;

    @Description("The status, when counted by STATUS.")
    public final TariffStatus status;

    @Description("The imposing country, when counted by IMPOSED_BY.")
    public final CountryCode imposedBy;

    @Description("The target country, when counted by TARGET.")
    public final CountryCode target;

    @Description("The imposing and the target country, in code order, when counted by COUNTRY_PAIR.")
    public final List<@NonNull CountryCode> countries;

    @NonNull
    @Description("How many events fall in this group.")
    public final int count;

    TariffEventCount(Integer year, TariffStatus status, CountryCode imposedBy, CountryCode target,
            List<CountryCode> countries, int count) {
        this.year = year;
        this.status = status;
        this.imposedBy = imposedBy;
        this.target = target;
        this.countries = countries;
        this.count = count;
    }
}
