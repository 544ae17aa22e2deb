package org.tradetalks.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.tradetalks.date.PartialDateInput;

@Input("SourceInput")
public class SourceInput {

    @NotBlank
    @Size(max = 500)
    public String title;

    @NotBlank
    @Size(max = 200)
    public String publisher;

    @Size(max = 300)
    public String byline;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    public String url;

    @Valid
    public PartialDateInput published;

    @Size(max = 100)
    public String reference;

    @Size(max = 2000)
    public String note;
}
