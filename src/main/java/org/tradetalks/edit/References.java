package org.tradetalks.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCode;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.error.ApiException;
import org.tradetalks.id.Ids;
import org.tradetalks.source.Source;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Resolves the ids a mutation's input refers to. An unknown id inside the input is the client's mistake
 * (BAD_USER_INPUT naming the field); an unknown id of the entity being changed is NOT_FOUND.
 */
public final class References {

    private References() {
    }

    /** The entity being changed, or NOT_FOUND. */
    public static <T> T target(Class<T> type, String typeName, String id) {
        T found = Panache.getEntityManager().find(type, Ids.parse(id, "id"));
        if (found == null) {
            throw ApiException.notFound(typeName, id);
        }
        return found;
    }

    /** An entity the input refers to, or BAD_USER_INPUT naming the field. */
    public static <T> T referenced(Class<T> type, String typeName, String id, String field) {
        T found = Panache.getEntityManager().find(type, Ids.parse(id, field));
        if (found == null) {
            throw ApiException.badInput(field + ": no " + typeName + " with id '" + id + "'.");
        }
        return found;
    }

    /** A country the input refers to, or BAD_USER_INPUT naming the field. */
    public static Country country(CountryCode code, String field) {
        if (code == null) {
            throw ApiException.badInput(field + ": a country code is required.");
        }
        return Country.findById(CountryCodes.requireKnown(code, field));
    }

    /** The sources a new fact cites: at least one, every one existing. */
    public static Set<Source> sources(List<String> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw ApiException.badInput(field + ": every fact needs at least one source.");
        }
        Set<Source> sources = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            sources.add(referenced(Source.class, "source", ids.get(i), field + "[" + i + "]"));
        }
        return sources;
    }

    /** Removes a source from a fact's sources, refusing to leave the fact without any. */
    public static void unlinkSource(Set<Source> sources, String sourceId, String factName) {
        Source source = referenced(Source.class, "source", sourceId, "sourceId");
        if (!sources.contains(source)) {
            throw ApiException.badInput("sourceId: source '" + sourceId + "' is not a source of this " + factName + ".");
        }
        if (sources.size() == 1) {
            throw ApiException.badInput("sourceId: source '" + sourceId + "' is the only source of this " + factName
                    + "; link another source first.");
        }
        sources.remove(source);
    }
}
