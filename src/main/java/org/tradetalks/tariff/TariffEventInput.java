package org.tradetalks.tariff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("TariffEventInput")
@Description("A dated change in a tariff's standing.")
public class TariffEventInput {

    @NotNull
    @Valid
    @Description("When it happened, to the precision the source supports.")
    public PartialDateInput date;

    @NotNull
    @Description("The tariff's status from this event on.")
    public TariffStatus status;

    @NotBlank
    @Size(max = 2000)
    @Description("What happened, in a sentence.")
    public String description;

    @NotBlank
    @Id
    @Description("The article that reports it.")
    public String sourceId;
}
