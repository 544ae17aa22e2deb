package org.tradetalks.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.tradetalks.pagination.Connection;
import org.tradetalks.pagination.Page;

@Description("A page of a timeline: its entries (`edges`), where it ends (`pageInfo`) and how many entries match in "
        + "all (`totalCount`).")
public class TimelineConnection extends Connection<TimelineEntry, TimelineEdge> {

    TimelineConnection(Page<TimelineEntry> page) {
        super(page, TimelineEdge::new);
    }
}
