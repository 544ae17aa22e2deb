package org.tradetalks.date;

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

    /** Refuses a filter range that holds no day: {@code to}'s last day before {@code from}'s first. */
    public static void check(DateBound from, DateBound to, String field) {
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw ApiException.badInput(field + ".to (" + to + ") is before " + field + ".from (" + from + ").");
        }
    }
}
