package org.tradetalks.official;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.CountryCode;

@Input("OfficialFilter")
@Description("Narrows `officials`; every given field must match. A field left out (or null) does not filter.")
public class OfficialFilter {

    @Description("Part of the name or of any alias, ignoring case and accents (\"raimundo\" finds Gina Raimondo, "
            + "\"dai qi\" Katherine Tai).")
    public String name;

    @Description("Officials acting for any of these countries (\"JP\", or [\"JP\", \"US\"]).")
    public List<@NonNull CountryCode> country;
}
