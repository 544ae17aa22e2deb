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
@Description("A number an article states: a trade balance, a tariff rate, a duration, a count, with the article "
        + "that states it and its exact wording.")
public class Figure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The figure's identifier.")
    public Long id;

    @NonNull
    @Description("What the number measures, in a sentence (\"U.S. trade deficit with Japan in 2016\").")
    public String description;

    @NonNull
    @Description("The number, in `unit` (68.9 with unit USD_BILLION is $68.9 billion). Where the article gives a "
            + "range or a bound (\"three or four days\", \"more than seven years\") it is the lower bound, as the "
            + "description says.")
    public BigDecimal amount;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The unit of `amount`: billions of U.S. dollars, percent, years, months, days or a count.")
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
    @Description("The period the figure describes, when the article says (the year 2016 for \"last year\" in a 2017 "
            + "article); null when it does not.")
    public PartialDate asOf;

    @NonNull
    @Description("The figure exactly as the article prints it (\"$68.9 billion trade deficit with Japan last year\").")
    public String quote;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;
}
