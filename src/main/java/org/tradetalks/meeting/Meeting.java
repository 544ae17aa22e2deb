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
@Description("Talks, a summit, an economic dialogue, a phone call: held, scheduled, proposed or cancelled.")
public class Meeting extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public Long id;

    @NonNull
    public String title;

    @NonNull
    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    @NonNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "starts_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "starts_precision"))
    })
    public PartialDate startDate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "ends_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "ends_precision"))
    })
    @Description("Last day of a meeting that ran over several days.")
    public PartialDate endDate;

    public String location;

    public String outcome;

    public String note;

    @Version
    @NonNull
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
}
