package org.tradetalks.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A country, identified by its ISO 3166-1 alpha-2 code.")
public class Country extends PanacheEntityBase {

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("ISO 3166-1 alpha-2 code, upper case (US, JP, CN, KR).")
    public String code;

    @NonNull
    public String name;

    @NonNull
    public String region;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;
}
