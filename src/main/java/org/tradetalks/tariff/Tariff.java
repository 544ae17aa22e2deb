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
@Description("A tariff one country imposed or threatened on others' goods, and where it stands. Every fact has "
        + "its source: `sources` for the tariff, `rateSource` for its rate, `statusSource` for its status, and each "
        + "event's `source`.")
public class Tariff extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The tariff's identifier.")
    public Long id;

    @Ignore
    @Column(name = "imposed_by")
    public String imposedByCode;

    @NonNull
    @Description("The product or sector the tariff applies to.")
    public String product;

    @Description("The ad valorem rate in percent (25 means 25% of the goods' value), when known. `rateOrigin` says "
            + "whether an article states it, `rateFigure` and `rateSource` which one.")
    public BigDecimal ratePercent;

    @Enumerated(EnumType.STRING)
    @Description("Where the rate comes from: an article (SOURCE) or the public record (PUBLIC_RECORD); null when the "
            + "rate is unknown.")
    public RateOrigin rateOrigin;

    @Ignore
    @Column(name = "rate_figure_id")
    public Long rateFigureId;

    @Description("The law or instrument it rests on, e.g. Section 232.")
    public String legalBasis;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where the tariff stands, as of its latest event (see `statusSince`, `statusAsOf` and `statusSource`). "
            + "IN_FORCE and UNDER_NEGOTIATION are the tariffs that stand.")
    public TariffStatus status;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "announced_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "announced_precision"))
    })
    @Description("When the tariff (or the threat) was announced, to the precision known; null when unknown. The note "
            + "says whether the date comes from an article or the public record.")
    public PartialDate announced;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "effective_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "effective_precision"))
    })
    @Description("When the tariff took effect; null when unknown or not (yet) in effect.")
    public PartialDate effective;

    @Description("Curator's note: what each article says about the tariff and which details come from the public "
            + "record.")
    public String note;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
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
