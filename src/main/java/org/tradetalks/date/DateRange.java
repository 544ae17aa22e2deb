package org.tradetalks.date;

import java.time.LocalDate;

import org.tradetalks.error.ApiException;

/** Checks a from/to pair a client sent. */
public final class DateRange {

    private DateRange() {
    }

    /** Refuses a period whose end comes before its start; either end may be open. */
    public static void check(PartialDate start, PartialDate end, String startField, String endField) {
        if (start != null && end != null && end.date.isBefore(start.date)) {
            throw ApiException.badInput(endField + " (" + end.getText() + ") is before " + startField + " ("
                    + start.getText() + ").");
        }
    }

    public static void check(LocalDate from, LocalDate to, String field) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badInput(field + ".to (" + to + ") is before " + field + ".from (" + from + ").");
        }
    }
}
