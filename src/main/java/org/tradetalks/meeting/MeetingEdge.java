package org.tradetalks.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Edge;

@Description("One meeting of a page of `meetings`, with its cursor.")
public class MeetingEdge extends Edge<Meeting> {

    MeetingEdge(String cursor, Meeting node) {
        super(cursor, node);
    }
}
