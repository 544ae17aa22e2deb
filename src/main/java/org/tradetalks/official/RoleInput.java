package org.tradetalks.official;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("RoleInput")
@Description("A title an official held.")
public class RoleInput {

    @NotBlank
    @Size(max = 300)
    @Description("The title, in its formal form.")
    public String title;

    @Valid
    @Description("When the official took the role, if known.")
    public PartialDateInput from;

    @Valid
    @Description("When the official left it, if known and past; not before `from`.")
    public PartialDateInput to;

    @NotBlank
    @Id
    @Description("The article the title comes from.")
    public String sourceId;
}
