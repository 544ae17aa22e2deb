package org.tradetalks.official;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OfficialInput")
public class OfficialInput {

    @NotBlank
    @Size(max = 200)
    @Description("The correct name; add other spellings with addOfficialAlias.")
    public String name;

    @NotBlank
    @Description("ISO 3166-1 alpha-2 code of the official's country.")
    public String country;

    @Size(max = 2000)
    public String note;
}
