package org.tradetalks.country;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CountryInput")
@Description("A country's name and region.")
public class CountryInput {

    @NotBlank
    @Size(max = 100)
    @Description("The country's name in English, e.g. \"South Korea\".")
    public String name;

    @NotBlank
    @Size(max = 100)
    @Description("The world region, e.g. \"East Asia\".")
    public String region;
}
