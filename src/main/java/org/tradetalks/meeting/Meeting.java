package org.tradetalks.meeting;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.Country;
import org.tradetalks.date.PartialDate;
import org.tradetalks.official.Official;
import org.tradetalks.search.SearchResult;
import org.tradetalks.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("Talks, a summit, an economic dialogue, a phone call or a visit between officials of two or more "
        + "countries, as the articles report it: held, scheduled, proposed or cancelled.")
public class Meeting extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The meeting's identifier.")
    public Long id;

    @NonNull
    @Description("A short name for the meeting, e.g. \"Raimondo–Hagiuda talks in Tokyo\".")
    public String title;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of meeting: talks, a summit, an economic dialogue, a phone call, negotiations or a visit.")
    public MeetingKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether it took place (HELD) or was only scheduled, proposed or cancelled, as of the latest article "
            + "reporting it.")
    public MeetingStatus status;

    @NonNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "starts_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "starts_precision"))
    })
    @Description("The (first) day of the meeting, to the precision the articles support: a day, a month or only a "
            + "year (e.g. \"2017\" for the next round of a dialogue to be held \"sometime this year\").")
    public PartialDate startDate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "ends_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "ends_precision"))
    })
    @Description("The last day, for a meeting over several days (e.g. 2018-08-10 for talks on 9–10 August 2018); null "
            + "for a one-day meeting or when unknown.")
    public PartialDate endDate;

    @Description("Where it was held, as precise as the articles say (\"Prime Minister’s Office, Tokyo\", \"Tokyo\", "
            + "\"Japan\"); null when they do not say.")
    public String location;

    @Description("What came of it according to the articles: what was agreed, decided or declared. Null when they do "
            + "not say (or it has not been held).")
    public String outcome;

    @Description("Curator's note: where the date, place or participants come from, and what the articles leave open.")
    public String note;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "topic")
    public Set<String> topics = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "meeting_country", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    public Set<Country> countries = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "official_id"))
    public Set<Official> participants = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "meeting_source", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new LinkedHashSet<>();

    /**
     * HQL condition on the meeting {@code e}: every country of the array parameter {@code parameter}, which holds
     * {@code count} distinct codes, took part in it.
     */
    public static String attendedByAll(String parameter, int count) {
        return "(select count(c) from Meeting m join m.countries c where m.id = e.id and array_has(:" + parameter
                + ", c.code)) = " + count;
    }

    /** HQL condition on the meeting {@code e}: exactly {@code count} countries took part in it. */
    public static String countryCountIs(int count) {
        return "(select count(c) from Meeting m join m.countries c where m.id = e.id) = " + count;
    }
}
