package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.notification.Notice;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.People;
import no.kundeloft.security.KundeloftUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a won deal sets off, wherever it is won (the board, the dialog, an order taken on the
 * phone): a deal for a new customer makes a prospect (or a lost customer) a customer won today, and
 * the owner's team hears of it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DealWins {

    private final EntityManager entityManager;
    private final Notifications notifications;
    private final People people;
    private final Clock clock;

    DealWins(EntityManager entityManager, Notifications notifications, People people, Clock clock) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    void won(Deal deal, KundeloftUser user) {
        if (deal.getKind() == DealKind.NEW_CUSTOMER) {
            becomesCustomer(deal.getCustomer(), user);
        }
        notifications.sendAll(
                people.teamOf(deal.getOwner()),
                NotificationKind.DEAL_WON,
                Notifications.Actor.of(user),
                Notice.of(
                        deal.getTitle() + " · " + deal.getCustomer().getName(),
                        "pipeline?deal=" + deal.getId()));
    }

    private void becomesCustomer(Customer customer, KundeloftUser user) {
        // the customer as committed, locked like the customer form locks it, so neither change
        // overwrites the other
        entityManager.refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        if (customer.getStatus() == CustomerStatus.ACTIVE) {
            return;
        }
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setCustomerSince(LocalDate.now(clock.withZone(Formats.ZONE)));
        customer.markUpdated(user.fullName(), clock.instant());
    }
}
