package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("TariffFilter")
@Description("Narrows `tariffs`; every given field must match.")
public class TariffFilter {

    @Description("ISO code of the imposing country.")
    public String imposedBy;

    @Description("ISO code of a target country.")
    public String target;

    public TariffStatus status;

    @Description("Part of the product or sector, ignoring case and accents (\"steel\").")
    public String product;
}
