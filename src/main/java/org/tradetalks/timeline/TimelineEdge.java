package org.tradetalks.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Edge;

@Description("One entry of a page of a timeline, with its cursor.")
public class TimelineEdge extends Edge<TimelineEntry> {

    TimelineEdge(String cursor, TimelineEntry node) {
        super(cursor, node);
    }
}
