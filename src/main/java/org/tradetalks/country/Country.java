package org.tradetalks.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A country that takes part in meetings, has officials, and imposes or faces tariffs. Identified by its "
        + "ISO 3166-1 alpha-2 code.")
public class Country extends PanacheEntityBase {

    /** The stored code, upper case; clients see it as {@link #getIsoCode()}, of the scalar type CountryCode. */
    @Id
    @Ignore
    public String code;

    @NonNull
    @Description("The country's name in English, e.g. \"South Korea\".")
    public String name;

    @NonNull
    @Description("The world region the country belongs to, e.g. \"East Asia\" or \"North America\".")
    public String region;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;

    @NonNull
    @Name("code")
    @Description("ISO 3166-1 alpha-2 code, upper case (US, JP, CN, KR): the country's identifier.")
    public CountryCode getIsoCode() {
        return new CountryCode(code);
    }
}
