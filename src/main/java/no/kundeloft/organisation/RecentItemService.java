package no.kundeloft.organisation;

import java.time.Clock;
import java.util.List;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records the signed-in user opened last (customers, visits, deals), newest first, for the
 * empty search field. Only ids are kept: the search shows them again only when they are still in
 * the user's scope.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RecentItemService {

    /** How many records each user's list keeps. */
    public static final int KEPT = 10;

    private final RecentItemRepository items;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecentItemService(
            RecentItemRepository items, People people, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Remembers that the user opened the record now; the user's row is locked so two tabs cannot
     * add it twice.
     */
    @Transactional
    public void opened(RecentKind kind, Long recordId) {
        Long me = currentUser.require().employeeId();
        people.lock(List.of(me));
        List<RecentItem> mine = items.newestFirst(me);
        mine.stream()
                .filter(item -> item.getKind() == kind && item.getRecordId().equals(recordId))
                .findFirst()
                .ifPresentOrElse(
                        item -> item.openedAgain(clock.instant()),
                        () -> items.save(new RecentItem(me, kind, recordId, clock.instant())));
        items.flush();
        List<RecentItem> kept = items.newestFirst(me);
        if (kept.size() > KEPT) {
            items.deleteAll(kept.subList(KEPT, kept.size()));
        }
    }

    /** The user's recent records, newest first. */
    public List<RecentItem> mine() {
        return items.newestFirst(currentUser.require().employeeId());
    }
}
