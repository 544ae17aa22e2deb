package org.tradetalks.tariff;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("TariffInput")
@Description("A tariff's own fields. Targets, related meetings, sources and events are linked with their own mutations.")
public class TariffInput {

    @NotBlank
    @Description("ISO 3166-1 alpha-2 code of the imposing country.")
    public String imposedBy;

    @NotBlank
    @Size(max = 300)
    public String product;

    @DecimalMin(value = "0", message = "must be a percentage between 0 and 1000")
    @DecimalMax(value = "1000", message = "must be a percentage between 0 and 1000")
    @Digits(integer = 4, fraction = 3, message = "must have at most 3 decimals")
    public BigDecimal ratePercent;

    @Description("Required with ratePercent: whether the cited article states the rate or it comes from the public record.")
    public RateOrigin rateOrigin;

    @Size(max = 200)
    public String legalBasis;

    @NotNull
    public TariffStatus status;

    @Valid
    public PartialDateInput announced;

    @Valid
    public PartialDateInput effective;

    @Size(max = 2000)
    public String note;
}
