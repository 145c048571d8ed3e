package id.okoce.application.port.in.event;

import id.okoce.domain.access.Actor;
import id.okoce.domain.event.PublishedEvent;
import java.util.List;
import java.util.Set;

/** The event feed: what happened, in order, from where a client stopped, within its scope. */
public interface ReadEventsUseCase {

    /** The largest page. */
    int MAX_LIMIT = 1000;

    /**
     * Up to {@code limit} events after id {@code after}, of {@code types} (all when empty), that
     * {@code actor} may see: the hub all of them; a partner those of its area (and of the partners and
     * agreements of its province, for a partner of the whole province); a bank none.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} (a bank), {@code QUERY_LIMIT_INVALID},
     *         {@code EVENT_TYPE_UNKNOWN}
     */
    List<PublishedEvent> after(Actor actor, long after, int limit, Set<String> types);

    /** Whether {@code actor} may see {@code event}; the same rule as the feed's. */
    boolean visibleTo(Actor actor, PublishedEvent event);
}
