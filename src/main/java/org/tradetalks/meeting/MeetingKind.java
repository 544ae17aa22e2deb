package org.tradetalks.meeting;

public enum MeetingKind {
    TALKS,
    SUMMIT,
    ECONOMIC_DIALOGUE,
    PHONE_CALL,
    NEGOTIATIONS,
    VISIT
}
