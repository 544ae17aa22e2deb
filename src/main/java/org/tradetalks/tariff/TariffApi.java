package org.tradetalks.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCode;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.date.DatePrecision;
import org.tradetalks.date.DateRange;
import org.tradetalks.date.PartialDate;
import org.tradetalks.date.PartialDateInput;
import org.tradetalks.edit.References;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.figure.Figure;
import org.tradetalks.figure.FigureUnit;
import org.tradetalks.id.Ids;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.PageRequest;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import org.tradetalks.pagination.Selection;

@GraphQLApi
public class TariffApi {

    @Inject
    QueryLimits limits;

    @Inject
    ChangeFeed changes;

    @Inject
    Context context;

    @Query
    @Description("A tariff by its id; NOT_FOUND when there is none.")
    public Tariff tariff(@NonNull @Id @Description("The tariff's id.") String id) {
        return Tariff.<Tariff>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("tariff", id));
    }

    @Query
    @Description("Tariffs and tariff threats, by announcement date, a page at a time. `filter: {status: [IN_FORCE, "
            + "UNDER_NEGOTIATION]}` gives the tariffs that stand.")
    public @NonNull TariffConnection tariffs(
            @Description("Which tariffs; all when left out.") TariffFilter filter,
            @DefaultValue("ANNOUNCED_ASC") @Description("Earliest or latest announced first.") TariffOrder orderBy,
            @Description("Page size, at most 100 (default 20).") Integer first,
            @Description("Return the tariffs after this cursor (`pageInfo.endCursor` of the page before).") String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        TariffFilter criteria = filter == null ? new TariffFilter() : filter;
        List<String> imposedBy = CountryCodes.requireKnown(criteria.imposedBy, "filter.imposedBy");
        List<String> targets = CountryCodes.requireKnown(criteria.target, "filter.target");
        ListQuery<Tariff> query = ListQuery.of(Tariff.class)
                .whereIn("e.imposedByCode", "imposedBy", imposedBy)
                .whereIn("e.status", "status", criteria.status)
                .whereAnyContains(criteria.product, "product", "e.product");
        if (!targets.isEmpty()) {
            query.where("exists (select 1 from Tariff t join t.targets c where t.id = e.id and array_has(:targets, c.code))",
                    Map.of("targets", targets.toArray(String[]::new)));
        }
        return new TariffConnection(query.page(page, byAnnouncement(orderBy), Selection.wantsTotalCount(context)));
    }

    /**
     * Announcement date, then its precision, then id; a tariff with no announcement date gets a stand-in date that puts
     * it last in either direction.
     */
    static Ordering<Tariff> byAnnouncement(TariffOrder order) {
        boolean descending = order == TariffOrder.ANNOUNCED_DESC;
        return Ordering.<Tariff> of("tariffs", tariff -> tariff.id)
                .by("coalesce(e.announced.date, " + (descending ? "{d '0001-01-01'}" : "{d '9999-12-31'}") + ")",
                        LocalDate::parse)
                .by("coalesce(e.announced.precision, org.tradetalks.date.DatePrecision.DAY)", DatePrecision::valueOf)
                .descending(descending)
                .build();
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds a tariff or tariff threat, citing at least one source.")
    public @NonNull Tariff createTariff(@NonNull @Valid @Description("The tariff's own fields.") TariffInput input,
            @NonNull @Id @Description("The articles that report it (at least one).") List<@NonNull String> sourceIds) {
        Tariff tariff = new Tariff();
        apply(input, tariff);
        tariff.sources.addAll(References.sources(sourceIds, "sourceIds"));
        tariff.persistAndFlush();
        return announced(ChangeKind.CREATED, tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces a tariff's own fields; refused with CONFLICT when `version` is not the current one.")
    public @NonNull Tariff updateTariff(@NonNull @Id @Description("The tariff to change.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("The tariff's new fields.") TariffInput input) {
        Tariff tariff = editable(id, version);
        apply(input, tariff);
        tariff.flush();
        return announced(ChangeKind.UPDATED, tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a tariff with its events; returns the id.")
    public @NonNull @Id String deleteTariff(@NonNull @Id @Description("The tariff to delete.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
        Tariff tariff = editable(id, version);
        TariffEvent.delete("tariffId", tariff.id);
        tariff.delete();
        changes.announce(Tariff.class, ChangeKind.DELETED, tariff.id);
        return id;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds a country the tariff is aimed at.")
    public @NonNull Tariff addTariffTarget(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Description("The target country.") CountryCode country) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        Country target = References.country(country, "country");
        if (target.code.equals(tariff.imposedByCode)) {
            throw ApiException.badInput("country: a tariff cannot target the country that imposes it.");
        }
        tariff.targets.add(target);
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Removes a country from the tariff's targets.")
    public @NonNull Tariff removeTariffTarget(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Description("The target country.") CountryCode country) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        if (!tariff.targets.remove(References.country(country, "country"))) {
            throw ApiException.badInput("country: '" + country + "' is not a target of this tariff.");
        }
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records that the tariff was on a meeting's agenda.")
    public @NonNull Tariff addTariffMeeting(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Id @Description("The meeting.") String meetingId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        tariff.meetings.add(References.referenced(Meeting.class, "meeting", meetingId, "meetingId"));
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Removes a meeting from the tariff's meetings.")
    public @NonNull Tariff removeTariffMeeting(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Id @Description("The meeting.") String meetingId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        if (!tariff.meetings.remove(References.referenced(Meeting.class, "meeting", meetingId, "meetingId"))) {
            throw ApiException.badInput("meetingId: meeting '" + meetingId + "' is not linked to this tariff.");
        }
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Cites another article for a tariff.")
    public @NonNull Tariff addTariffSource(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Id @Description("The article.") String sourceId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        tariff.sources.add(References.referenced(org.tradetalks.source.Source.class, "source", sourceId, "sourceId"));
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Stops citing an article for a tariff; a tariff keeps at least one source.")
    public @NonNull Tariff removeTariffSource(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Id @Description("The article.") String sourceId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        References.unlinkSource(tariff.sources, sourceId, "tariff");
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records a dated change in the tariff's standing. The tariff's own status is not changed.")
    public @NonNull TariffEvent addTariffEvent(@NonNull @Id @Description("The tariff.") String tariffId,
            @NonNull @Valid @Description("The event.") TariffEventInput input) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        TariffEvent event = new TariffEvent();
        event.tariffId = tariff.id;
        event.date = input.date.toPartialDate();
        event.status = input.status;
        event.description = input.description.strip();
        event.sourceId = References.referenced(org.tradetalks.source.Source.class, "source", input.sourceId,
                "input.sourceId").id;
        event.persistAndFlush();
        announced(ChangeKind.UPDATED, tariff);
        return event;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a tariff event; returns its id.")
    public @NonNull @Id String deleteTariffEvent(@NonNull @Id @Description("The event to delete.") String id) {
        TariffEvent event = References.target(TariffEvent.class, "tariff event", id);
        event.delete();
        announced(ChangeKind.UPDATED, Tariff.findById(event.tariffId));
        return id;
    }

    @Subscription
    @Description("Tariffs created, updated (events and links included) or deleted, in commit order, each once its "
            + "transaction has committed: from now on, or, given `after`, first every change since that event (kept for "
            + "7 days by default), then the new ones.")
    public Multi<TariffChange> tariffChanged(
            @Description("The `cursor` of the last event received: resume after it.") String after) {
        return changes.subscribe(Tariff.class, after).map(TariffChange::new);
    }

    private Tariff linked(Tariff tariff) {
        tariff.flush();
        return announced(ChangeKind.UPDATED, tariff);
    }

    private Tariff announced(ChangeKind kind, Tariff tariff) {
        changes.announce(Tariff.class, kind, tariff.id);
        return tariff;
    }

    private static Tariff editable(String id, int version) {
        Tariff tariff = References.target(Tariff.class, "tariff", id);
        Versions.check("tariff", id, tariff.version, version);
        return tariff;
    }

    private static void apply(TariffInput input, Tariff tariff) {
        tariff.imposedByCode = References.country(input.imposedBy, "input.imposedBy").code;
        if (tariff.targets.stream().anyMatch(target -> target.code.equals(tariff.imposedByCode))) {
            throw ApiException.badInput("input.imposedBy: '" + tariff.imposedByCode + "' is a target of this tariff; "
                    + "a tariff cannot target the country that imposes it.");
        }
        if ((input.ratePercent == null) != (input.rateOrigin == null)) {
            throw ApiException.badInput("input.rateOrigin: give ratePercent and rateOrigin together, or neither.");
        }
        tariff.product = input.product.strip();
        tariff.ratePercent = input.ratePercent;
        tariff.rateOrigin = input.rateOrigin;
        tariff.rateFigureId = rateFigure(input);
        tariff.legalBasis = input.legalBasis;
        tariff.status = input.status;
        tariff.announced = PartialDateInput.toPartialDate(input.announced);
        tariff.effective = PartialDateInput.toPartialDate(input.effective);
        DateRange.check(tariff.announced, tariff.effective, "input.announced", "input.effective");
        tariff.note = input.note;
    }

    /**
     * The figure an input names as the statement of its rate: a PERCENT figure of the same amount, for a rate whose
     * origin is SOURCE.
     */
    private static Long rateFigure(TariffInput input) {
        if (input.rateFigureId == null) {
            return null;
        }
        Figure figure = References.referenced(Figure.class, "figure", input.rateFigureId, "input.rateFigureId");
        if (input.rateOrigin != RateOrigin.SOURCE) {
            throw ApiException.badInput("input.rateFigureId: a rate figure needs rateOrigin SOURCE.");
        }
        if (figure.unit != FigureUnit.PERCENT || figure.amount.compareTo(input.ratePercent) != 0) {
            throw ApiException.badInput("input.rateFigureId: figure '" + input.rateFigureId + "' states "
                    + figure.amount.stripTrailingZeros().toPlainString() + " " + figure.unit + ", not "
                    + input.ratePercent.stripTrailingZeros().toPlainString() + " PERCENT.");
        }
        return figure.id;
    }

    @Description("The country that imposed or threatened the tariff.")
    public @NonNull List<@NonNull Country> imposedBy(@Source List<Tariff> tariffs) {
        return Batch.one(tariffs, tariff -> tariff.imposedByCode, Country.class);
    }

    @Description("Countries whose exports the tariff hits (or would hit), by code.")
    public @NonNull List<@NonNull List<@NonNull Country>> targets(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, c from Tariff e join e.targets c where array_has(:keys, e.id) order by c.code",
                Country.class);
    }

    @Description("Meetings where the tariff was on the agenda or negotiated, by date.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, m from Tariff e join e.meetings m where array_has(:keys, e.id)"
                        + " order by m.startDate.date, m.startDate.precision, m.id",
                Meeting.class);
    }

    @Description("Dated changes in the tariff's standing, oldest first.")
    public @NonNull List<@NonNull List<@NonNull TariffEvent>> events(@Source List<Tariff> tariffs) {
        return Batch.childrenByKey(tariffs, tariff -> tariff.id,
                "from TariffEvent e where array_has(:keys, e.tariffId) order by e.date.date, e.date.precision, e.id", TariffEvent.class,
                event -> event.tariffId);
    }

    @Description("Articles the tariff is reported in. For the source of each fact see `rateSource`, `statusSource` "
            + "and the events' `source`.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, s from Tariff e join e.sources s where array_has(:keys, e.id) order by s.id",
                org.tradetalks.source.Source.class);
    }

    @Description("The figure in an article that states the rate (e.g. \"tariffs of 25 percent on imported cars\"); "
            + "null when the rate comes from the public record or is unknown.")
    public List<Figure> rateFigure(@Source List<Tariff> tariffs) {
        return Batch.one(tariffs, tariff -> tariff.rateFigureId, Figure.class);
    }

    @Description("The article that states the rate (the source of `rateFigure`); null when the rate comes from the "
            + "public record (see `rateOrigin` and the note) or is unknown.")
    public List<org.tradetalks.source.Source> rateSource(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.rateFigureId,
                "select f.id, s from Figure f join Source s on s.id = f.sourceId where array_has(:keys, f.id)",
                org.tradetalks.source.Source.class).stream().map(found -> found.isEmpty() ? null : found.get(0)).toList();
    }

    @Description("When the tariff entered its current status: the date of its latest event.")
    public List<PartialDate> statusSince(@Source List<Tariff> tariffs) {
        return latestEvents(tariffs).stream().map(event -> event == null ? null : event.date).toList();
    }

    @Description("The article that reports the current status: the source of the latest event.")
    public List<org.tradetalks.source.Source> statusSource(@Source List<Tariff> tariffs) {
        return latestEventSources(tariffs);
    }

    @Description("The publication date of the article that reports the current status: the status is known to hold "
            + "as of that date; later changes are not in these articles.")
    public List<PartialDate> statusAsOf(@Source List<Tariff> tariffs) {
        return latestEventSources(tariffs).stream().map(source -> source == null ? null : source.published).toList();
    }

    /** Each tariff's latest event (by date, precision and id, as `events` orders them), or null. */
    private static List<TariffEvent> latestEvents(List<Tariff> tariffs) {
        return Batch.childrenByKey(tariffs, tariff -> tariff.id,
                "from TariffEvent e where array_has(:keys, e.tariffId)"
                        + " order by e.date.date desc, e.date.precision desc, e.id desc",
                TariffEvent.class, event -> event.tariffId)
                .stream().map(events -> events.isEmpty() ? null : events.get(0)).toList();
    }

    private static List<org.tradetalks.source.Source> latestEventSources(List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.tariffId, s from TariffEvent e join Source s on s.id = e.sourceId"
                        + " where array_has(:keys, e.tariffId)"
                        + " order by e.date.date desc, e.date.precision desc, e.id desc",
                org.tradetalks.source.Source.class)
                .stream().map(sources -> sources.isEmpty() ? null : sources.get(0)).toList();
    }

    @Description("The tariff this event belongs to.")
    public @NonNull List<@NonNull Tariff> tariff(@Source List<TariffEvent> events) {
        return Batch.one(events, event -> event.tariffId, Tariff.class);
    }

    @Description("The article reporting this event.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<TariffEvent> events) {
        return Batch.one(events, event -> event.sourceId, org.tradetalks.source.Source.class);
    }
}
