package org.tradetalks.timeline;

public enum TimelineEntryKind {
    MEETING,
    TARIFF_EVENT
}
