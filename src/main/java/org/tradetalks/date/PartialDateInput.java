package org.tradetalks.date;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PartialDateInput")
@Description("A date and how much of it is known. For MONTH or YEAR precision any day in the period may be sent; the first day of the period is stored.")
public class PartialDateInput {

    @NotNull
    @Description("A day within the period, written YYYY-MM-DD (for MONTH or YEAR precision any day of it).")
    public LocalDate date;

    @NotNull
    @Description("How much of the date is known.")
    public DatePrecision precision;

    /** The stored form: the first day of the period the precision names. */
    public PartialDate toPartialDate() {
        LocalDate first = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.with(TemporalAdjusters.firstDayOfYear());
        };
        return new PartialDate(first, precision);
    }

    /** The stored form of an optional date. */
    public static PartialDate toPartialDate(PartialDateInput input) {
        return input == null ? null : input.toPartialDate();
    }
}
