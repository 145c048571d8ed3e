package id.okoce.adapter.http.event;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Views;
import id.okoce.application.port.in.event.ReadEventsUseCase;
import id.okoce.application.port.out.EventLog;
import id.okoce.domain.access.Role;
import id.okoce.domain.event.PublishedEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code GET /api/v1/events}: the feed, in id order, from where a client stopped. */
public final class EventRoutes {

    private final ReadEventsUseCase events;

    private EventRoutes(ReadEventsUseCase events) {
        this.events = events;
    }

    /**
     * One event.
     *
     * @param id        its place in the feed; pass the last one seen as {@code after}
     * @param type      what happened
     * @param at        when
     * @param province  the province it concerns, if any
     * @param kabupaten the kabupaten/kota it concerns, if any
     * @param objectId  the object it concerns (member, partner, agreement, product, import job)
     * @param memberId  the member it concerns, if any
     * @param data      ids, codes and dates only (never a NIK, a name or a phone)
     */
    public record Event(@ApiField(value = "its place in the feed", format = "int64") long id,
                        @ApiField(value = "what happened", example = "stage.completed") String type,
                        @ApiField("when it happened") Instant at,
                        @ApiField(value = "province it concerns", optional = true) Views.Region province,
                        @ApiField(value = "kabupaten/kota it concerns", optional = true) Views.Region kabupaten,
                        @ApiField("object it concerns") String objectId,
                        @ApiField(value = "member it concerns", optional = true, format = "uuid") UUID memberId,
                        @ApiField("ids, codes and dates only") Map<String, String> data) {

        /** The body of {@code stored}. */
        public static Event of(PublishedEvent stored) {
            var e = stored.event();
            return new Event(stored.id(), e.type(), e.at(), e.province().map(Views.Region::of).orElse(null),
                    stored.regency().map(Views.Region::of).orElse(null), e.objectId(), e.memberId().map(UUID::fromString).orElse(null),
                    e.payload());
        }
    }

    /**
     * A page of the feed.
     *
     * @param events the events, in id order
     * @param next   the id to pass as {@code after} for the next page (the last one here, or {@code after} itself)
     */
    public record Page(@ApiField("the events, in id order") List<Event> events,
                       @ApiField(value = "pass as after to read on", format = "int64") long next) {
    }

    /** The routes. */
    public static List<ApiRoute> of(ReadEventsUseCase events) {
        EventRoutes r = new EventRoutes(events);
        return List.of(ApiRoute.get("/api/v1/events", r::feed).roles(Role.HUB_ADMIN, Role.PARTNER)
                .doc("events", "The event feed in id order, from where a client stopped, within its scope; ids only grow, so "
                        + "reading on from the last id seen never misses an event")
                .params(Param.query("after", "the last id seen (default 0: from the start)", "integer", "int64"),
                        Param.query("limit", "at most this many, 1–1000 (default 100)", "integer", ""),
                        Param.query("type", "only these types, comma-separated, e.g. stage.completed,member.registered"))
                .returns(200, Page.class));
    }

    private void feed(io.javalin.http.Context ctx) {
        long after = Params.number(ctx, "after").orElse(0L);
        int limit = Params.integer(ctx, "limit", 1, ReadEventsUseCase.MAX_LIMIT, "QUERY_LIMIT_INVALID").orElse(100);
        Set<String> types = Params.query(ctx, "type", raw -> new LinkedHashSet<>(Arrays.asList(raw.split(","))))
                .map(set -> (Set<String>) set).orElse(Set.of());
        List<PublishedEvent> page = events.after(Auth.actor(ctx), after, limit, types);
        ctx.json(new Page(page.stream().map(Event::of).toList(), page.isEmpty() ? after : page.get(page.size() - 1).id()));
    }
}
