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
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.country.CountryCode;
import org.tradetalks.date.PartialDateInput;

@Input("TariffInput")
@Description("A tariff's own fields. Targets, related meetings, sources and events are linked with their own mutations.")
public class TariffInput {

    @NotNull
    @Description("The country that imposes or threatens the tariff.")
    public CountryCode imposedBy;

    @NotBlank
    @Size(max = 300)
    @Description("The product or sector it applies to, e.g. \"steel\".")
    public String product;

    @DecimalMin(value = "0", message = "must be a percentage between 0 and 1000")
    @DecimalMax(value = "1000", message = "must be a percentage between 0 and 1000")
    @Digits(integer = 4, fraction = 3, message = "must have at most 3 decimals")
    @Description("The ad valorem rate in percent (25 for 25%), when known.")
    public BigDecimal ratePercent;

    @Description("Required with ratePercent: whether an article states the rate (SOURCE) or it comes from the public "
            + "record.")
    public RateOrigin rateOrigin;

    @Id
    @Description("With rateOrigin SOURCE: the figure (of unit PERCENT, with the same amount) in which an article states "
            + "the rate.")
    public String rateFigureId;

    @Size(max = 200)
    @Description("The law or instrument it rests on, e.g. \"Section 232\".")
    public String legalBasis;

    @NotNull
    @Description("Where it stands as of the latest source.")
    public TariffStatus status;

    @Valid
    @Description("When it was announced, to the precision the source supports.")
    public PartialDateInput announced;

    @Valid
    @Description("When it took effect; not before `announced`.")
    public PartialDateInput effective;

    @Size(max = 2000)
    @Description("Curator's note: which details come from which article or from the public record.")
    public String note;
}
