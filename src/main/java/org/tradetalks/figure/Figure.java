package org.tradetalks.figure;

import java.math.BigDecimal;

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
@Description("A number an article states: a trade balance, a duration, a count.")
public class Figure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    public Long id;

    @NonNull
    public String description;

    @NonNull
    public BigDecimal amount;

    @NonNull
    @Enumerated(EnumType.STRING)
    public FigureUnit unit;

    @Ignore
    @Column(name = "country_code")
    public String countryCode;

    @Ignore
    @Column(name = "partner_code")
    public String partnerCode;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "as_of_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "as_of_precision"))
    })
    @Description("The period the figure describes, when the article says.")
    public PartialDate asOf;

    @NonNull
    @Description("The figure as the article prints it.")
    public String quote;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;
}
