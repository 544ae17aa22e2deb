package org.tradetalks.official;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import org.tradetalks.search.SearchResult;
import org.tradetalks.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A person acting for a country: a president, minister, trade representative or adviser named in the "
        + "articles, with the other spellings the articles use.")
public class Official extends PanacheEntityBase implements SearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("The official's identifier.")
    public Long id;

    @NonNull
    @Description("The correct name; other spellings seen in the sources are in `aliases`.")
    public String name;

    @Ignore
    @Column(name = "country_code")
    public String countryCode;

    @Description("Curator's note: who the official is (office, term) and how the articles name them.")
    public String note;

    @Version
    @NonNull
    @Description("Changes on every update; send it back with an update or delete.")
    public int version;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "official_alias", joinColumns = @JoinColumn(name = "official_id"))
    @Column(name = "alias")
    public Set<String> aliases = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "official_source", joinColumns = @JoinColumn(name = "official_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new LinkedHashSet<>();
}
