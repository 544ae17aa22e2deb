package org.tradetalks.tariff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("TariffEventInput")
public class TariffEventInput {

    @NotNull
    @Valid
    public PartialDateInput date;

    @NotNull
    public TariffStatus status;

    @NotBlank
    @Size(max = 2000)
    public String description;

    @NotBlank
    @Id
    public String sourceId;
}
