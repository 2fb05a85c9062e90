package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.demo.DemoDays;
import no.kundeloft.organisation.Employee;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks ahead for the demo's sellers, besides the visits' next steps: a call back tomorrow at ten,
 * something to send this week, and one task the team leader of Oslo Vekst gave `am`. Added again
 * when none lie ahead.
 */
@Component
@Order(90)
class TaskDemoData implements DemoDataPart {

    private final EntityManager entityManager;
    private final Tasks tasks;
    private final Clock clock;

    TaskDemoData(EntityManager entityManager, Tasks tasks, Clock clock) {
        this.entityManager = entityManager;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        boolean ahead =
                !entityManager
                        .createQuery(
                                "select t.id from Task t where t.source in :sources and t.dueDate >= :today",
                                Long.class)
                        .setParameter("sources", List.of(TaskSource.CALL, TaskSource.MANUAL))
                        .setParameter("today", today)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        if (ahead) {
            return;
        }
        LocalDate tomorrow = DemoDays.workday(today.plusDays(1));
        LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        List<Customer> firstOfEach =
                entityManager
                        .createQuery(
                                """
                select c from Customer c join fetch c.owner o where o.role in
                (no.kundeloft.security.SalesRole.ACCOUNT_MANAGER, no.kundeloft.security.SalesRole.KEY_ACCOUNT_MANAGER)
                and c.status = no.kundeloft.customer.CustomerStatus.ACTIVE
                and c.id = (select min(d.id) from Customer d where d.owner = o and d.status = no.kundeloft.customer.CustomerStatus.ACTIVE)
                order by o.id""",
                                Customer.class)
                        .getResultList();
        for (Customer customer : firstOfEach) {
            Employee seller = customer.getOwner();
            tasks.add(
                    TaskSource.MANUAL,
                    null,
                    customer,
                    seller,
                    "Ring tilbake innkjøpssjefen om rammeavtalen",
                    seller,
                    tomorrow,
                    LocalTime.of(10, 0));
            tasks.add(
                    TaskSource.MANUAL,
                    null,
                    customer,
                    seller,
                    "Send oppdatert prisliste",
                    seller,
                    friday.isBefore(tomorrow) ? tomorrow : friday,
                    null);
            if ("am".equals(seller.getUsername())
                    && seller.getTeam() != null
                    && seller.getTeam().getLeader() != null) {
                tasks.add(
                        TaskSource.MANUAL,
                        null,
                        customer,
                        seller.getTeam().getLeader(),
                        "Forbered kvartalsgjennomgangen med kunden",
                        seller,
                        friday.plusWeeks(1),
                        null);
            }
        }
    }
}
