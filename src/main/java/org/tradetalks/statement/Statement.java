package org.tradetalks.statement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
@Description("Something an official or an unnamed source said, as an article reports it: either their exact words "
        + "(kind QUOTE) or the article's account of them (kind PARAPHRASE). Check `kind` before presenting `text` as "
        + "a quotation; `quote` is set only for exact words.")
public class Statement extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The statement's identifier.")
    public Long id;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether `text` holds the speaker's exact words (QUOTE) or the article's paraphrase (PARAPHRASE).")
    public StatementKind kind;

    @NonNull
    @Column(name = "quote")
    @Description("The words exactly as the article prints them: for a QUOTE the quotation, without the surrounding "
            + "quotation marks; for a PARAPHRASE the article's wording of what was said.")
    public String text;

    @Ignore
    @Column(name = "speaker_id")
    public Long speakerId;

    @Description("Who spoke, in the article's words, when it does not name the speaker (\"A senior Administration "
            + "official\") or when the speaker is an office or a joint statement (\"The US Trade Representative’s "
            + "office, in a statement\"). Null when the speaker is a named official (see `speaker`).")
    public String speakerDescription;

    @NonNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "said_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "said_precision"))
    })
    @Description("When it was said, to the precision the article supports (often only the month, when the article "
            + "says \"Monday\" but is undated).")
    public PartialDate date;

    @Ignore
    @Column(name = "meeting_id")
    public Long meetingId;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @Description("What the article says about the circumstances: to whom, on what occasion, about what.")
    public String context;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;

    @Description("The speaker's exact words, without the surrounding quotation marks: `text` when the kind is QUOTE, "
            + "null for a PARAPHRASE, so that a paraphrase is never shown as a quotation.")
    public String getQuote() {
        return kind == StatementKind.QUOTE ? text : null;
    }
}
