package org.tradetalks.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.DateBound;

@Input("StatementFilter")
@Description("Narrows `statements`; every given field must match. A field left out (or null) does not filter.")
public class StatementFilter {

    @Id
    @Description("The official who spoke (an official's `id`).")
    public String speaker;

    @Description("Part of the speaker's name, of one of their aliases, or of an unnamed speaker's description, "
            + "ignoring case and accents (\"dai qi\" finds Katherine Tai, \"administration official\" the unnamed U.S. "
            + "official).")
    public String speakerName;

    @Description("A phrase inside the statement's `text`, ignoring case, accents and the style of apostrophes and "
            + "quotation marks (\"ball's in their court\").")
    public String text;

    @Description("Only statements of these kinds: [QUOTE] for exact words only, [PARAPHRASE] for reported speech "
            + "only. Both when left out.")
    public List<@NonNull StatementKind> kind;

    @Description("Statements made on or after the first day of this day, month or year (\"2018\", \"2018-04\", "
            + "\"2018-04-12\").")
    public DateBound from;

    @Description("Statements made on or before the last day of this day, month or year.")
    public DateBound to;

    @Id
    @Description("The meeting the statement was made at or about (a meeting's `id`).")
    public String meeting;
}
