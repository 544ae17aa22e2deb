package org.tradetalks.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a statement gives the speaker's own words or the article's account of them.")
public enum StatementKind {

    @Description("A verbatim quote: the speaker's exact words, printed in quotation marks in the article. `quote` "
            + "and `text` hold them.")
    QUOTE,

    @Description("Reported speech: what the article says the speaker said, in the article's own words and without "
            + "quotation marks (e.g. \"Rubin insisted again Monday there is absolutely no U.S. strategy of suppressing "
            + "the dollar\"). `text` holds the article's wording; `quote` is null, as these are not the speaker's words.")
    PARAPHRASE
}
