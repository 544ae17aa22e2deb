package org.tradetalks.official;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("RoleInput")
public class RoleInput {

    @NotBlank
    @Size(max = 300)
    public String title;

    @Valid
    public PartialDateInput from;

    @Valid
    public PartialDateInput to;

    @NotBlank
    @Id
    public String sourceId;
}
