package org.tradetalks.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("StatementInput")
@Description("A statement's fields. Give a speaker (an official's id) or a speakerDescription for an unnamed speaker, "
        + "or both.")
public class StatementInput {

    @NotBlank
    @Size(max = 4000)
    @Description("The words exactly as the article prints them, stored unchanged: the quotation without its quotation "
            + "marks (kind QUOTE), or the article's wording of what was said (kind PARAPHRASE).")
    public String text;

    @DefaultValue("QUOTE")
    @Description("QUOTE when the article prints the speaker's exact words in quotation marks, PARAPHRASE for reported "
            + "speech.")
    public StatementKind kind;

    @Id
    @Description("The official who spoke, when the article names them.")
    public String speakerId;

    @Size(max = 300)
    @Description("Who spoke, in the article's words, when it does not name an official (\"A senior Administration "
            + "official\").")
    public String speakerDescription;

    @NotNull
    @Valid
    @Description("When it was said, to the precision the article supports.")
    public PartialDateInput date;

    @Id
    @Description("The meeting it was said at or about, if any.")
    public String meetingId;

    @NotBlank
    @Id
    @Description("The article that reports it.")
    public String sourceId;

    @Size(max = 2000)
    @Description("What the article says about the circumstances.")
    public String context;
}
