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
@Description("A news article that facts in this service come from.")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public Long id;

    @NonNull
    public String title;

    @NonNull
    public String publisher;

    @Description("Author or agency credit, when the article names one.")
    public String byline;

    public String url;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "published_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
    })
    public PartialDate published;

    @Description("The file name of the article in the curated seed set.")
    public String reference;

    @Description("Curator's note: how undated or ambiguous details were resolved.")
    public String note;

    @Version
    @NonNull
    public int version;
}
