package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import no.kundeloft.base.Formats;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.visit.BookingGrants;
import org.springframework.stereotype.Component;

/**
 * A caller books meetings for the sellers their running lists name: at the customer whose contact
 * they hold on screen, and sees those sellers' free time.
 */
@Component
class CallListBookings implements BookingGrants {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Clock clock;

    CallListBookings(EntityManager entityManager, CurrentUser currentUser, Clock clock) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public boolean mayBook(Long customerId, Long hostId) {
        KundeloftUser user = currentUser.get().orElse(null);
        if (user == null || customerId == null || hostId == null) {
            return false;
        }
        return !entityManager
                .createQuery(
                        """
                        select e.id from CallListEntry e join e.callList l join l.sellers s
                        where e.customer.id = :customer and e.claimedBy.id = :me and s.id = :host
                        and e.state <> no.kundeloft.calling.EntryState.DONE
                        and l.stoppedAt is null and l.startsOn <= :today and l.endsOn >= :today""",
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("me", user.employeeId())
                .setParameter("host", hostId)
                .setParameter("today", today())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean mayBookFor(Long sellerId) {
        KundeloftUser user = currentUser.get().orElse(null);
        if (user == null || sellerId == null) {
            return false;
        }
        return !entityManager
                .createQuery(
                        """
                        select l.id from CallList l join l.callers c join l.sellers s where c.id = :me and s.id = :seller
                        and l.stoppedAt is null and l.startsOn <= :today and l.endsOn >= :today""",
                        Long.class)
                .setParameter("me", user.employeeId())
                .setParameter("seller", sellerId)
                .setParameter("today", today())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
