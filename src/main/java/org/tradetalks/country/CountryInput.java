package org.tradetalks.country;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

@Input("CountryInput")
public class CountryInput {

    @NotBlank
    @Size(max = 100)
    public String name;

    @NotBlank
    @Size(max = 100)
    public String region;
}
