package no.kundeloft.customer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's timeline: every feature's lines about it in one chronological feed, newest first,
 * filtered by kind and read a page at a time. A page is merged from each source's newest lines down
 * to its end, so a page further down costs more; a customer's history runs to hundreds of lines,
 * not millions.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CustomerTimelineService {

    private final List<TimelineSource> sources;
    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    CustomerTimelineService(
            List<TimelineSource> sources,
            CustomerRepository customers,
            OrganisationService organisation,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.sources = sources;
        this.customers = customers;
        this.organisation = organisation;
    }

    /**
     * Lines {@code offset} to {@code offset + limit} of the customer's timeline of those kinds; the
     * customer must be visible.
     */
    public List<TimelineEntry> page(
            Long customerId, Set<TimelineKind> asked, int offset, int limit) {
        customers.requireInScope(organisation.currentScope(), customerId);
        Set<TimelineKind> kinds = allowed(asked);
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> merged = new ArrayList<>();
        for (TimelineSource source : sources) {
            merged.addAll(source.newest(customerId, kinds, offset + limit));
        }
        merged.sort(TimelineEntry.NEWEST_FIRST);
        return List.copyOf(
                merged.subList(
                        Math.min(offset, merged.size()), Math.min(offset + limit, merged.size())));
    }

    /**
     * The kinds of lines the user may see: all but deals, revenue and plans for a meeting booker.
     */
    public List<TimelineKind> kinds() {
        if (currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return List.of(
                    TimelineKind.CALL,
                    TimelineKind.NOTE,
                    TimelineKind.VISIT,
                    TimelineKind.TASK,
                    TimelineKind.OWNER);
        }
        return List.of(TimelineKind.values());
    }

    /** How many lines of those kinds the customer's timeline has. */
    public long count(Long customerId, Set<TimelineKind> asked) {
        customers.requireInScope(organisation.currentScope(), customerId);
        Set<TimelineKind> kinds = allowed(asked);
        return sources.stream().mapToLong(source -> source.count(customerId, kinds)).sum();
    }

    /** The asked kinds the user may see: the sources need not know which roles see which kinds. */
    private Set<TimelineKind> allowed(Set<TimelineKind> asked) {
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        kinds.addAll(asked);
        kinds.retainAll(kinds());
        return kinds;
    }
}
