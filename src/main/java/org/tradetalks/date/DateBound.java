package org.tradetalks.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;

/**
 * A bound of a date filter, written to the precision the client knows: a year, a month or a day. The data has dates
 * known only to the month or the year, so a filter must be able to say "2021" or "2021-05".
 */
@CustomScalar("DateBound")
@Description("A day, a month or a year, as the bound of a date range: \"2021\", \"2021-05\" or \"2021-05-17\". As a "
        + "lower bound (`from`) it means the first day of that period, as an upper bound (`to`) its last day, both "
        + "inclusive: `from: \"2021\", to: \"2021\"` is the whole of 2021. A fact dated only to a month or a year is "
        + "placed on the first day of its period, so `from: \"2021-05\"` leaves out a fact dated only \"2021\".")
public final class DateBound implements CustomStringScalar {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final PartialDate period;

    /** Reads a bound a client sent; refuses anything else with a message fit for the client. */
    public DateBound(String text) {
        Matcher parts = text == null ? null : FORMAT.matcher(text);
        if (parts == null || !parts.matches()) {
            throw new IllegalArgumentException(problem(text));
        }
        try {
            int year = Integer.parseInt(parts.group(1));
            if (parts.group(2) == null) {
                period = new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            } else if (parts.group(3) == null) {
                period = new PartialDate(LocalDate.of(year, Integer.parseInt(parts.group(2)), 1), DatePrecision.MONTH);
            } else {
                period = new PartialDate(LocalDate.of(year, Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3))), DatePrecision.DAY);
            }
        } catch (DateTimeException noSuchDate) {
            throw new IllegalArgumentException(problem(text));
        }
    }

    /** What is wrong with {@code text} as a date bound, in words a client understands. */
    public static String problem(Object text) {
        String shown = text == null ? "null" : "'" + abbreviate(String.valueOf(text)) + "'";
        return shown + " is not a date: expected a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD, "
                + "such as \"2021\", \"2021-05\" or \"2021-05-17\".";
    }

    /** The first day of the period: the date a lower bound stands for. */
    public LocalDate firstDay() {
        return period.date;
    }

    /** The last day of the period: the date an upper bound stands for. */
    public LocalDate lastDay() {
        return switch (period.precision) {
            case DAY -> period.date;
            case MONTH -> YearMonth.from(period.date).atEndOfMonth();
            case YEAR -> period.date.withDayOfYear(period.date.lengthOfYear());
        };
    }

    public static LocalDate firstDayOf(DateBound bound) {
        return bound == null ? null : bound.firstDay();
    }

    public static LocalDate lastDayOf(DateBound bound) {
        return bound == null ? null : bound.lastDay();
    }

    @Override
    public String stringValueForSerialization() {
        return period.getText();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateBound that && period.equals(that.period);
    }

    @Override
    public int hashCode() {
        return period.hashCode();
    }

    @Override
    public String toString() {
        return period.getText();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
