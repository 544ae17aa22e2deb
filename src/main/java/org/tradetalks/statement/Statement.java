package org.tradetalks.statement;

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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDate;
import org.tradetalks.search.SearchResult;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("Words someone said, quoted exactly as the source printed them.")
public class Statement extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public Long id;

    @NonNull
    @Description("The verbatim quotation, without the surrounding quotation marks.")
    public String quote;

    @Ignore
    @Column(name = "speaker_id")
    public Long speakerId;

    @Description("Who spoke when the source does not name them, e.g. \"a senior Administration official\".")
    public String speakerDescription;

    @NonNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "said_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "said_precision"))
    })
    public PartialDate date;

    @Ignore
    @Column(name = "meeting_id")
    public Long meetingId;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @Description("What the source says about the circumstances of the quote.")
    public String context;

    @Version
    @NonNull
    public int version;
}
