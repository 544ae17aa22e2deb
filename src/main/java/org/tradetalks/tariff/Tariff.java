package org.tradetalks.tariff;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.country.Country;
import org.tradetalks.date.PartialDate;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.search.SearchResult;
import org.tradetalks.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A tariff one country imposed or threatened on others, and where it stands.")
public class Tariff extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public Long id;

    @Ignore
    @Column(name = "imposed_by")
    public String imposedByCode;

    @NonNull
    @Description("The product or sector the tariff applies to.")
    public String product;

    @Description("Ad valorem rate in percent, when known; see `rateOrigin` for where it comes from.")
    public BigDecimal ratePercent;

    @Enumerated(EnumType.STRING)
    public RateOrigin rateOrigin;

    @Description("The law or instrument it rests on, e.g. Section 232.")
    public String legalBasis;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where the tariff stands as of its latest source.")
    public TariffStatus status;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "announced_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "announced_precision"))
    })
    public PartialDate announced;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "effective_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "effective_precision"))
    })
    public PartialDate effective;

    public String note;

    @Version
    @NonNull
    public int version;

    @Ignore
    @ManyToMany
    @JoinTable(name = "tariff_target", joinColumns = @JoinColumn(name = "tariff_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    public Set<Country> targets = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "tariff_meeting", joinColumns = @JoinColumn(name = "tariff_id"),
            inverseJoinColumns = @JoinColumn(name = "meeting_id"))
    public Set<Meeting> meetings = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "tariff_source", joinColumns = @JoinColumn(name = "tariff_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new LinkedHashSet<>();
}
