package org.tradetalks.date;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A date known to a day, a month or a year. {@link #date} is the first day of the period, so partial
 * dates sort and filter like ordinary dates; {@link #getText()} shows only what is known.
 */
@Embeddable
@Description("A date with the precision its source supports: a day, a month or a year. `text` shows only the known "
        + "part (2018, 2018-04 or 2018-04-16); `date` is the first day of the period, which is also where lists sort "
        + "it.")
public class PartialDate {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final DateTimeFormatter YEAR_ONLY = DateTimeFormatter.ofPattern("uuuu");

    @NonNull
    @Description("The first day of the period (for a month or year precision, the 1st of that month or year).")
    public LocalDate date;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    @Description("How much of the date is known: DAY, MONTH or YEAR.")
    public DatePrecision precision;

    public PartialDate() {
    }

    public PartialDate(LocalDate date, DatePrecision precision) {
        this.date = Objects.requireNonNull(date);
        this.precision = Objects.requireNonNull(precision);
    }

    @NonNull
    @Description("The date written to its precision: YYYY, YYYY-MM or YYYY-MM-DD.")
    public String getText() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.format(YEAR_MONTH);
            case YEAR -> date.format(YEAR_ONLY);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate that && date.equals(that.date) && precision == that.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, precision);
    }
}
