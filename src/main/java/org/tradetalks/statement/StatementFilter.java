package org.tradetalks.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Narrows `statements`; every given field must match.")
public class StatementFilter {

    @Id
    @Description("The official who spoke.")
    public String speaker;

    @Description("Part of the speaker's name, of one of their aliases, or of an anonymous speaker's description.")
    public String speakerName;

    @Description("A phrase inside the quote, ignoring case, accents and the style of apostrophes and quotation marks.")
    public String text;

    @Description("Statements made on or after this date.")
    public LocalDate from;

    @Description("Statements made on or before this date.")
    public LocalDate to;

    @Id
    @Description("The meeting the statement was made at or about.")
    public String meeting;
}
