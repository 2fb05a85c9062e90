package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private iCalendar feeds: each user may have one feed URL with a long random token, renew it (the
 * old link stops working) or turn it off; admins turn off anyone's (through {@code CalendarFeeds}).
 * Only the token's SHA-256 fingerprint is stored ({@link FeedTokens}): the link is shown once, when
 * it is made. Reading a feed needs only the token and shows the visits the employee hosts or
 * attends, three months back and a year ahead, cancelled ones included so calendar programs remove
 * them.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    private static final Duration BACK = Duration.ofDays(92);
    private static final Duration AHEAD = Duration.ofDays(366);

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Since when the current user's feed has been on, if it is. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> myFeedSince() {
        return feeds.findByEmployeeId(currentUser.require().employeeId())
                .map(CalendarFeed::getCreatedAt);
    }

    /** A new feed token for the current user; any earlier link stops working. */
    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
    public String renew() {
        Long me = currentUser.require().employeeId();
        feeds.deleteByEmployeeId(me);
        String token = FeedTokens.newToken();
        feeds.save(
                new CalendarFeed(
                        entityManager.getReference(Employee.class, me),
                        FeedTokens.fingerprint(token),
                        clock.instant()));
        return token;
    }

    /** Turns the current user's feed off; its link answers "not found" from now on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke() {
        feeds.deleteByEmployeeId(currentUser.require().employeeId());
    }

    /**
     * Writes the feed a token opens, without anyone signed in; false (and nothing written) when no
     * feed has the token or its owner has been deactivated.
     */
    public boolean writeFeed(String token, OutputStream out) throws IOException {
        Optional<CalendarFeed> feed =
                token == null || token.length() > 64
                        ? Optional.empty()
                        : feeds.findByTokenHash(FeedTokens.fingerprint(token));
        if (feed.isEmpty() || !feed.get().getEmployee().isActive()) {
            return false;
        }
        Instant now = clock.instant();
        List<Visit> visits =
                entityManager
                        .createQuery(
                                """
                        select distinct v from Visit v join fetch v.customer join fetch v.host
                        where v.startsAt >= :from and v.startsAt < :to
                          and (v.host.id = :employeeId or exists (select p from VisitParticipant p where p.visit = v
                               and p.employee.id = :employeeId and p.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED))
                        order by v.startsAt""",
                                Visit.class)
                        .setParameter("from", now.minus(BACK))
                        .setParameter("to", now.plus(AHEAD))
                        .setParameter("employeeId", feed.get().getEmployee().getId())
                        .getResultList();
        VisitCalendarFile.write(visits, now, out);
        return true;
    }
}
