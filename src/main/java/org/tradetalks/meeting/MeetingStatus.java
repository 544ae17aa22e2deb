package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a meeting stood as of its latest source.")
public enum MeetingStatus {
    HELD,
    SCHEDULED,
    PROPOSED,
    CANCELLED
}
