package org.tradetalks.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.tradetalks.country.Country;
import org.tradetalks.date.PartialDate;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.official.Official;
import org.tradetalks.source.Source;
import org.tradetalks.statement.Statement;

/**
 * Benchmark baseline, built only with -Pbench: the benchmark's nested GraphQL query answered by a hand-written
 * REST endpoint with tuned JPA fetches, serialised by Jackson. Its body is the GraphQL response's {@code data},
 * field for field (the harness checks that). The query it mirrors is src/bench/nested.graphql.
 */
@Path("/bench/nested")
public class NestedBaseline {

    private static final Base64.Encoder CURSOR = Base64.getUrlEncoder().withoutPadding();

    @Inject
    EntityManager em;

    public record Data(Meetings meetings) {
    }

    public record Meetings(int totalCount, PageInfo pageInfo, List<Edge> edges) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    public record Edge(String cursor, Node node) {
    }

    public record Node(String id, String title, String kind, String status, DateOut startDate,
            List<CountryOut> countries, List<Participant> participants) {
    }

    public record DateOut(String text, String precision) {
    }

    public record DateText(String text) {
    }

    public record CountryOut(String code, String name) {
    }

    public record Participant(String id, String name, CountryOut country, List<StatementOut> statements) {
    }

    public record StatementOut(String id, String quote, DateText date, SourceOut source) {
    }

    public record SourceOut(String id, String title, String publisher) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Data nested(@QueryParam("first") @DefaultValue("20") int first) {
        // 1. The page (keyset order by date, precision, id), one row more to know whether a next page exists.
        List<Meeting> rows = em.createQuery("select m from Meeting m order by m.startDate.date, m.startDate.precision, m.id", Meeting.class)
                .setMaxResults(first + 1).getResultList();
        boolean hasNext = rows.size() > first;
        List<Meeting> page = rows.subList(0, Math.min(first, rows.size()));
        List<Long> ids = page.stream().map(m -> m.id).toList();
        int total = Math.toIntExact(em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult());

        // 2. Countries and participants of the whole page in one join-fetch query (they are Sets: no bag problem).
        if (!ids.isEmpty()) {
            em.createQuery("select distinct m from Meeting m left join fetch m.countries left join fetch m.participants"
                    + " where array_has(:ids, m.id)", Meeting.class)
                    .setParameter("ids", ids.toArray(Long[]::new)).getResultList();
        }
        Set<Long> officialIds = new LinkedHashSet<>();
        Set<String> countryCodes = new LinkedHashSet<>();
        for (Meeting m : page) {
            for (Official o : m.participants) {
                officialIds.add(o.id);
                countryCodes.add(o.countryCode);
            }
        }
        // 3. The participants' countries, statements and the statements' sources, each in one query at most: the
        // countries the join fetch read already (the page's meetings' countries) are not read again.
        Map<String, Country> countries = new HashMap<>();
        for (Meeting m : page) {
            for (Country c : m.countries) {
                countries.put(c.code, c);
            }
        }
        countryCodes.removeAll(countries.keySet());
        if (!countryCodes.isEmpty()) {
            for (Country c : em.createQuery("from Country c where array_has(:codes, c.code)", Country.class)
                    .setParameter("codes", countryCodes.toArray(String[]::new)).getResultList()) {
                countries.put(c.code, c);
            }
        }
        Map<Long, List<Statement>> statementsBySpeaker = new HashMap<>();
        Set<Long> sourceIds = new LinkedHashSet<>();
        if (!officialIds.isEmpty()) {
            for (Statement s : em.createQuery(
                    "from Statement s where array_has(:ids, s.speakerId) order by s.date.date, s.date.precision, s.id", Statement.class)
                    .setParameter("ids", officialIds.toArray(Long[]::new)).getResultList()) {
                statementsBySpeaker.computeIfAbsent(s.speakerId, k -> new ArrayList<>()).add(s);
                sourceIds.add(s.sourceId);
            }
        }
        Map<Long, Source> sources = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            for (Source s : em.createQuery("from Source s where array_has(:ids, s.id)", Source.class)
                    .setParameter("ids", sourceIds.toArray(Long[]::new)).getResultList()) {
                sources.put(s.id, s);
            }
        }

        List<Edge> edges = new ArrayList<>(page.size());
        for (Meeting m : page) {
            List<CountryOut> meetingCountries = m.countries.stream().sorted(Comparator.comparing((Country c) -> c.code))
                    .map(c -> new CountryOut(c.code, c.name)).toList();
            List<Participant> participants = m.participants.stream()
                    .sorted(Comparator.comparing((Official o) -> o.name).thenComparing(o -> o.id))
                    .map(o -> {
                        Country c = countries.get(o.countryCode);
                        List<StatementOut> said = statementsBySpeaker.getOrDefault(o.id, List.of()).stream()
                                .map(s -> {
                                    Source src = sources.get(s.sourceId);
                                    return new StatementOut(s.id.toString(), s.getQuote(), new DateText(s.date.getText()),
                                            new SourceOut(src.id.toString(), src.title, src.publisher));
                                }).toList();
                        return new Participant(o.id.toString(), o.name, new CountryOut(c.code, c.name), said);
                    }).toList();
            edges.add(new Edge(cursor(m), new Node(m.id.toString(), m.title, m.kind.name(), m.status.name(),
                    date(m.startDate), meetingCountries, participants)));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Data(new Meetings(total, new PageInfo(hasNext, endCursor), edges));
    }

    private static DateOut date(PartialDate date) {
        return new DateOut(date.getText(), date.precision.name());
    }

    /** The product's cursor format for the meetings list: "meetings:id:startDate|precision", base64url without padding. */
    private static String cursor(Meeting m) {
        String plain = "meetings:" + m.id + ":" + m.startDate.date + "|" + m.startDate.precision;
        return CURSOR.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
