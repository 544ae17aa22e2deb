package org.tradetalks.figure;

public enum FigureUnit {
    USD_BILLION,
    PERCENT,
    YEARS,
    MONTHS,
    DAYS,
    COUNT
}
