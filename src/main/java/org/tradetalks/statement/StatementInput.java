package org.tradetalks.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("StatementInput")
@Description("A quotation. Give a speaker (an official's id) or a speakerDescription for an unnamed speaker, or both.")
public class StatementInput {

    @NotBlank
    @Size(max = 4000)
    @Description("The words exactly as the source prints them; stored unchanged.")
    public String quote;

    @Id
    public String speakerId;

    @Size(max = 300)
    public String speakerDescription;

    @NotNull
    @Valid
    public PartialDateInput date;

    @Id
    public String meetingId;

    @NotBlank
    @Id
    public String sourceId;

    @Size(max = 2000)
    public String context;
}
