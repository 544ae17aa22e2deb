package org.tradetalks.figure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;

@Input("FigureFilter")
@Description("Narrows `figures`; every given field must match. A field left out (or null) does not filter.")
public class FigureFilter {

    @Description("Figures about this country, as the country or as its partner.")
    public CountryCode country;

    @Description("Figures in any of these units, e.g. [USD_BILLION] for trade balances.")
    public List<@NonNull FigureUnit> unit;

    @Id
    @Description("Figures stated by this article (a source's `id`).")
    public String source;

    @Description("Part of the description or of the printed figure, ignoring case and accents (\"deficit\").")
    public String text;
}
