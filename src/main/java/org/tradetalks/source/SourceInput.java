package org.tradetalks.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("SourceInput")
@Description("An article's fields.")
public class SourceInput {

    @NotBlank
    @Size(max = 500)
    @Description("The headline, or the first sentence when the article has none.")
    public String title;

    @NotBlank
    @Size(max = 200)
    @Description("Who published it, with the agencies it credits.")
    public String publisher;

    @Size(max = 300)
    @Description("Author or agency credit, when the article names one.")
    public String byline;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    @Description("Where it can be read: an http or https URL.")
    public String url;

    @Valid
    @Description("When it was published, to the precision known.")
    public PartialDateInput published;

    @Size(max = 100)
    @Description("The file name of the article in the curated seed set, if it is one.")
    public String reference;

    @Size(max = 2000)
    @Description("Curator's note: how undated or ambiguous details were resolved.")
    public String note;
}
