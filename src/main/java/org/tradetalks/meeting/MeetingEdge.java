package org.tradetalks.meeting;

import org.tradetalks.pagination.Edge;

public class MeetingEdge extends Edge<Meeting> {

    MeetingEdge(String cursor, Meeting node) {
        super(cursor, node);
    }
}
