package org.tradetalks.date;

import java.time.LocalDate;

import org.tradetalks.error.ApiException;

/** Checks a from/to pair a client sent. */
public final class DateRange {

    private DateRange() {
    }

    public static void check(LocalDate from, LocalDate to, String field) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badInput(field + ".to (" + to + ") is before " + field + ".from (" + from + ").");
        }
    }
}
