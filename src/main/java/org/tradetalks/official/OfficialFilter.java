package org.tradetalks.official;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OfficialFilter")
@Description("Narrows `officials`; every given field must match.")
public class OfficialFilter {

    @Description("Part of the name or of any alias, ignoring case and accents (\"raimundo\" finds Gina Raimondo).")
    public String name;

    @Description("ISO 3166-1 alpha-2 code of the official's country.")
    public String country;
}
