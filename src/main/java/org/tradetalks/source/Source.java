package org.tradetalks.source;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A news article that facts in this service come from: every official, meeting, tariff, statement "
        + "and figure cites at least one.")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The article's identifier.")
    public Long id;

    @NonNull
    @Description("The headline; for an article printed without one, its first sentence.")
    public String title;

    @NonNull
    @Description("Who published it, with the agencies it credits (\"The Japan Times (Kyodo, Reuters)\").")
    public String publisher;

    @Description("Author or agency credit, when the article names one.")
    public String byline;

    @Description("Where the article can be read, when known.")
    public String url;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "published_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
    })
    @Description("When it was published, to the precision known: some articles are undated and their date is "
            + "inferred (see `note`).")
    public PartialDate published;

    @Description("The file name of the article in the curated seed set.")
    public String reference;

    @Description("Curator's note: how undated or ambiguous details were resolved.")
    public String note;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;
}
