package org.tradetalks.official;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tradetalks.date.PartialDate;

@Entity
@Table(name = "official_role")
@Description("A title an official held, with its dates when known.")
public class Role extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The role's identifier.")
    public Long id;

    @Ignore
    @Column(name = "official_id")
    public Long officialId;

    @NonNull
    @Description("The title, in its formal form (\"Secretary of Commerce\" for the article's \"U.S. Commerce "
            + "Secretary\").")
    public String title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "started_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "started_precision"))
    })
    @Description("When the official took the role, if known.")
    public PartialDate from;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "ended_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "ended_precision"))
    })
    @Description("When the official left the role, if known and past.")
    public PartialDate to;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;
}
