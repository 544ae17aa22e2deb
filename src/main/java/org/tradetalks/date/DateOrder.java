package org.tradetalks.meeting;

public enum DateOrder {
    DATE_ASC,
    DATE_DESC
}
