package org.tradetalks.official;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.country.CountryCode;

@Input("OfficialInput")
@Description("An official's own fields. Aliases, roles and sources are added with their own mutations.")
public class OfficialInput {

    @NotBlank
    @Size(max = 200)
    @Description("The correct name; add other spellings with addOfficialAlias.")
    public String name;

    @NotNull
    @Description("The country the official acts for.")
    public CountryCode country;

    @Size(max = 2000)
    @Description("Curator's note: who the official is and where the details come from.")
    public String note;
}
