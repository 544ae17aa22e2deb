package org.tradetalks.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDateInput;

@Input("MeetingInput")
@Description("A meeting's own fields. Countries, participants and sources are linked with their own mutations.")
public class MeetingInput {

    @NotBlank
    @Size(max = 300)
    @Description("A short name for the meeting, e.g. \"Raimondo–Hagiuda talks in Tokyo\".")
    public String title;

    @NotNull
    @Description("What sort of meeting it is.")
    public MeetingKind kind;

    @NotNull
    @Description("Whether it took place or was scheduled, proposed or cancelled, as of the latest source.")
    public MeetingStatus status;

    @NotNull
    @Valid
    @Description("The (first) day, to the precision the source supports.")
    public PartialDateInput startDate;

    @Valid
    @Description("Last day of a meeting over several days; not before startDate.")
    public PartialDateInput endDate;

    @Size(max = 300)
    @Description("Where it was held, as precise as the source says.")
    public String location;

    @Size(max = 4000)
    @Description("What came of it according to the sources.")
    public String outcome;

    @Size(max = 2000)
    @Description("Curator's note: where the date, place or participants come from.")
    public String note;

    @Size(max = 50)
    @Description("What was discussed, as short phrases; replaces the meeting's topics (none when left out).")
    public List<@NotBlank @Size(max = 200) @NonNull String> topics;
}
