package org.tradetalks.tariff;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;

@Input("TariffFilter")
@Description("Narrows `tariffs`; every given field must match. A field left out (or null) does not filter; a list "
        + "field matches any of its values.")
public class TariffFilter {

    @Description("Tariffs imposed or threatened by any of these countries.")
    public List<@NonNull CountryCode> imposedBy;

    @Description("Tariffs aimed at any of these countries.")
    public List<@NonNull CountryCode> target;

    @Description("Tariffs with any of these statuses: [IN_FORCE, UNDER_NEGOTIATION] for the tariffs that stand.")
    public List<@NonNull TariffStatus> status;

    @Description("Part of the product or sector, ignoring case and accents (\"steel\").")
    public String product;
}
