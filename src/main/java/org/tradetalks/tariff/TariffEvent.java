package org.tradetalks.tariff;

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

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A dated change in a tariff's standing: threatened, put in force, negotiated, exempted, lifted.")
public class TariffEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The event's identifier.")
    public Long id;

    @Ignore
    @Column(name = "tariff_id")
    public Long tariffId;

    @NonNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "occurred_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "occurred_precision"))
    })
    @Description("When it happened, to the precision the article supports (\"2018-03\" for tariffs \"rolled out last "
            + "month\" in an April 2018 article).")
    public PartialDate date;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The tariff's status from this event on.")
    public TariffStatus status;

    @NonNull
    @Description("What happened, in a sentence, with where the details come from.")
    public String description;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;
}
