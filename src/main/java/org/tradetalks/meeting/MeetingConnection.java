package org.tradetalks.meeting;

import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

public class MeetingConnection extends Connection<Meeting, MeetingEdge> {

    MeetingConnection(Page<Meeting> page) {
        super(page, MeetingEdge::new);
    }
}
