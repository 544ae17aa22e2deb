package org.tradetalks.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("MeetingInput")
@Description("A meeting's own fields. Countries, participants and sources are linked with their own mutations.")
public class MeetingInput {

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotNull
    public MeetingKind kind;

    @NotNull
    public MeetingStatus status;

    @NotNull
    @Valid
    public PartialDateInput startDate;

    @Valid
    @Description("Last day of a meeting over several days; not before startDate.")
    public PartialDateInput endDate;

    @Size(max = 300)
    public String location;

    @Size(max = 4000)
    public String outcome;

    @Size(max = 2000)
    public String note;

    @Size(max = 50)
    public List<@NotBlank @Size(max = 200) String> topics;
}
