package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.event.ReadEventsUseCase;
import id.okoce.application.port.out.EventLog;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.event.NetworkEvent;
import id.okoce.domain.event.PublishedEvent;
import id.okoce.domain.member.MemberError;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the event feed within the caller's scope. */
public final class ReadEventsService implements ReadEventsUseCase {

    private final EventLog events;

    /** The feed of {@code events}. */
    public ReadEventsService(EventLog events) {
        this.events = events;
    }

    @Override
    public List<PublishedEvent> after(Actor actor, long after, int limit, Set<String> types) {
        actor.requireRole("read events", Role.HUB_ADMIN, Role.PARTNER);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException(MemberError.QUERY_LIMIT_INVALID, "limit", "limit must be 1–" + MAX_LIMIT + ", got " + limit);
        }
        for (String type : types) {
            if (!NetworkEvent.TYPES.contains(type)) {
                throw new DomainException(ApplicationError.EVENT_TYPE_UNKNOWN, "type", "no event has type " + type
                        + "; the types are " + new java.util.TreeSet<>(NetworkEvent.TYPES));
            }
        }
        if (actor.isHub()) {
            return events.after(after, limit, new EventLog.Filter(types, Optional.empty(), Set.of()));
        }
        PartnerArea area = actor.partnerArea().orElseThrow();
        EventLog.Filter filter = new EventLog.Filter(types, Optional.of(area.province()), area.regencies());
        // the store's filter keeps the province's events that concern no kabupaten/kota; those not for this
        // partner are dropped here, and the reading goes on until the page is full or the feed ends
        List<PublishedEvent> visible = new java.util.ArrayList<>();
        long from = after;
        while (visible.size() < limit) {
            List<PublishedEvent> page = events.after(from, limit, filter);
            for (PublishedEvent event : page) {
                if (visible.size() < limit && visibleTo(actor, event)) {
                    visible.add(event);
                }
            }
            if (page.size() < limit) {
                break;
            }
            from = page.get(page.size() - 1).id();
        }
        return visible;
    }

    @Override
    public boolean visibleTo(Actor actor, PublishedEvent stored) {
        if (actor.isHub()) {
            return true;
        }
        Optional<PartnerArea> area = actor.partnerArea();
        if (area.isEmpty() || stored.event().province().filter(area.get().province()::equals).isEmpty()) {
            return false;
        }
        if (stored.regency().isPresent()) {
            return area.get().covers(stored.regency().get());
        }
        // partners' and agreements' events: the province's partners for a partner of the whole province, its own otherwise
        return area.get().wholeProvince() || actor.partner().map(p -> p.toString().equals(stored.event().objectId())).orElse(false);
    }
}
