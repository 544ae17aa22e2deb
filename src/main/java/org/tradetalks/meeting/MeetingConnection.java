package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

@Description("A page of `meetings`: its items (`edges`), where it ends (`pageInfo`) and how many match in all (`totalCount`).")
public class MeetingConnection extends Connection<Meeting, MeetingEdge> {

    MeetingConnection(Page<Meeting> page) {
        super(page, MeetingEdge::new);
    }
}
