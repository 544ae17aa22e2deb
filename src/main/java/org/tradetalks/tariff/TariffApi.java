package org.tradetalks.tariff;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.date.DateRange;
import org.tradetalks.date.PartialDateInput;
import org.tradetalks.edit.References;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
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

    private static final Ordering<Tariff> BY_ID = Ordering.byId("tariffs", tariff -> tariff.id);

    @Inject
    QueryLimits limits;

    @Inject
    ChangeFeed changes;

    @Inject
    Context context;

    @Query
    public Tariff tariff(@NonNull @Id String id) {
        return Tariff.<Tariff>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("tariff", id));
    }

    @Query
    @Description("Tariffs and tariff threats, a page at a time.")
    public @NonNull TariffConnection tariffs(TariffFilter filter, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        TariffFilter criteria = filter == null ? new TariffFilter() : filter;
        String imposedBy = criteria.imposedBy == null ? null : CountryCodes.requireKnown(criteria.imposedBy, "filter.imposedBy");
        String target = criteria.target == null ? null : CountryCodes.requireKnown(criteria.target, "filter.target");
        return new TariffConnection(ListQuery.of(Tariff.class)
                .where("e.imposedByCode = :imposedBy", "imposedBy", imposedBy)
                .where("exists (select 1 from Tariff t join t.targets c where t.id = e.id and c.code = :target)",
                        "target", target)
                .where("e.status = :status", "status", criteria.status)
                .whereAnyContains(criteria.product, "product", "e.product")
                .page(page, BY_ID, Selection.wantsTotalCount(context)));
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds a tariff or tariff threat, citing at least one source.")
    public @NonNull Tariff createTariff(@NonNull @Valid TariffInput input, @NonNull List<@NonNull String> sourceIds) {
        Tariff tariff = new Tariff();
        apply(input, tariff);
        tariff.sources.addAll(References.sources(sourceIds, "sourceIds"));
        tariff.persistAndFlush();
        return announced(ChangeKind.CREATED, tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Tariff updateTariff(@NonNull @Id String id, int version, @NonNull @Valid TariffInput input) {
        Tariff tariff = editable(id, version);
        apply(input, tariff);
        tariff.flush();
        return announced(ChangeKind.UPDATED, tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a tariff with its events; returns the id.")
    public @NonNull @Id String deleteTariff(@NonNull @Id String id, int version) {
        Tariff tariff = editable(id, version);
        TariffEvent.delete("tariffId", tariff.id);
        tariff.delete();
        changes.announce(Tariff.class, ChangeKind.DELETED, tariff.id);
        return id;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Tariff addTariffTarget(@NonNull @Id String tariffId, @NonNull String country) {
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
    public @NonNull Tariff removeTariffTarget(@NonNull @Id String tariffId, @NonNull String country) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        if (!tariff.targets.remove(References.country(country, "country"))) {
            throw ApiException.badInput("country: '" + country + "' is not a target of this tariff.");
        }
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Tariff addTariffMeeting(@NonNull @Id String tariffId, @NonNull @Id String meetingId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        tariff.meetings.add(References.referenced(Meeting.class, "meeting", meetingId, "meetingId"));
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Tariff removeTariffMeeting(@NonNull @Id String tariffId, @NonNull @Id String meetingId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        if (!tariff.meetings.remove(References.referenced(Meeting.class, "meeting", meetingId, "meetingId"))) {
            throw ApiException.badInput("meetingId: meeting '" + meetingId + "' is not linked to this tariff.");
        }
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Tariff addTariffSource(@NonNull @Id String tariffId, @NonNull @Id String sourceId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        tariff.sources.add(References.referenced(org.tradetalks.source.Source.class, "source", sourceId, "sourceId"));
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Tariff removeTariffSource(@NonNull @Id String tariffId, @NonNull @Id String sourceId) {
        Tariff tariff = References.target(Tariff.class, "tariff", tariffId);
        References.unlinkSource(tariff.sources, sourceId, "tariff");
        return linked(tariff);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records a dated change in the tariff's standing. The tariff's own status is not changed.")
    public @NonNull TariffEvent addTariffEvent(@NonNull @Id String tariffId, @NonNull @Valid TariffEventInput input) {
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
    public @NonNull @Id String deleteTariffEvent(@NonNull @Id String id) {
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
        tariff.legalBasis = input.legalBasis;
        tariff.status = input.status;
        tariff.announced = PartialDateInput.toPartialDate(input.announced);
        tariff.effective = PartialDateInput.toPartialDate(input.effective);
        DateRange.check(tariff.announced, tariff.effective, "input.announced", "input.effective");
        tariff.note = input.note;
    }

    @Description("The country that imposed or threatened the tariff.")
    public @NonNull List<@NonNull Country> imposedBy(@Source List<Tariff> tariffs) {
        return Batch.one(tariffs, tariff -> tariff.imposedByCode, "from Country e where array_has(:keys, e.code)",
                Country.class, country -> country.code);
    }

    @Description("Countries whose exports the tariff hits.")
    public @NonNull List<@NonNull List<@NonNull Country>> targets(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, c from Tariff e join e.targets c where array_has(:keys, e.id) order by c.code",
                Country.class);
    }

    @Description("Meetings where the tariff was on the agenda.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, m from Tariff e join e.meetings m where array_has(:keys, e.id)"
                        + " order by m.startDate.date, m.id",
                Meeting.class);
    }

    @Description("Dated changes in the tariff's standing, oldest first.")
    public @NonNull List<@NonNull List<@NonNull TariffEvent>> events(@Source List<Tariff> tariffs) {
        return Batch.childrenByKey(tariffs, tariff -> tariff.id,
                "from TariffEvent e where array_has(:keys, e.tariffId) order by e.date.date, e.id", TariffEvent.class,
                event -> event.tariffId);
    }

    @Description("Articles the tariff is reported in.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, s from Tariff e join e.sources s where array_has(:keys, e.id) order by s.id",
                org.tradetalks.source.Source.class);
    }

    public @NonNull List<@NonNull Tariff> tariff(@Source List<TariffEvent> events) {
        return Batch.one(events, event -> event.tariffId, "from Tariff e where array_has(:keys, e.id)", Tariff.class,
                tariff -> tariff.id);
    }

    @Description("The article reporting this event.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<TariffEvent> events) {
        return Batch.one(events, event -> event.sourceId, "from Source e where array_has(:keys, e.id)",
                org.tradetalks.source.Source.class, source -> source.id);
    }
}
