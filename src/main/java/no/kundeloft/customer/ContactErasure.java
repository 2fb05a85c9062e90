package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blanks a contact's personal data in the versions the change history keeps: on request, for one
 * contact, and after the retention period, for every contact removed that long ago. Envers writes
 * the current transaction's own version at commit, after this ran, so the caller blanks the record
 * first.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ContactErasure {

    private static final String BLANK =
            """
            update contact_aud set full_name = :erased, title = null, email = null, phone = null, buying_role = null,
                   influence = null, attitude = null, relationship_owner_id = null, reports_to_id = null
            """;

    private final EntityManager entityManager;
    private final Clock clock;

    ContactErasure(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    int eraseContact(Long contactId) {
        return entityManager
                .createNativeQuery(BLANK + " where id = :id")
                .setParameter("erased", Contact.ERASED)
                .setParameter("id", contactId)
                .executeUpdate();
    }

    /**
     * Blanks the history of every contact removed longer ago than {@code retention}; returns the
     * versions blanked.
     */
    int eraseRemovedBefore(Duration retention) {
        long cutoff = clock.instant().minus(retention).toEpochMilli();
        return entityManager
                .createNativeQuery(
                        BLANK
                                + """
                         where full_name <> :erased and id in (select removed.id from contact_aud removed
                               join change_revision r on r.id = removed.rev where removed.revtype = 2 and r.changed_at < :cutoff)
                        """)
                .setParameter("erased", Contact.ERASED)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
