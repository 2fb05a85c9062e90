package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.demo.DemoDays;
import no.kundeloft.organisation.Employee;
import no.kundeloft.task.Task;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Past and planned visits for every seller's customers: reported visits over the last half year,
 * planned ones over the next five weeks, a director attending some, and one of {@code kam}'s
 * planned visits waiting for {@code director} to ask to join. Visits of one seller never overlap.
 */
@Component
@Order(60)
class VisitDemoData implements DemoDataPart {

    private static final String[] PURPOSES = {
        "Årlig gjennomgang",
        "Fornyelse av avtalen",
        "Presentere det nye tjenestetilbudet",
        "Følge opp tilbudet",
        "Kvartalsstatus",
        "Møte den nye innkjøpssjefen"
    };
    private static final String[] SUMMARIES = {
        "Godt møte; de ønsker et forslag for neste år.",
        "Fornøyd med leveransen, bekymret for prisene. Vi følger opp med en sammenligning.",
        "Ny innkjøpssjef, åpen for en bredere avtale.",
        "De skal ut på anbud i vår; vi er invitert."
    };
    private static final int[] HOURS = {9, 11, 13};

    private final VisitRepository visits;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Tasks tasks;

    VisitDemoData(VisitRepository visits, EntityManager entityManager, Clock clock, Tasks tasks) {
        this.tasks = tasks;
        this.visits = visits;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Past visits with reports and planned ones around today; a demo database started again after
     * its planned visits have all passed gets a new set of planned ones (the passed ones wait for a
     * report).
     */
    @Override
    public void addIfMissing() {
        boolean seeded = visits.count() > 0;
        if (seeded && visits.existsByStartsAtAfter(clock.instant())) {
            return;
        }
        Random random = new Random(20261127L);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Employee director =
                entityManager
                        .createQuery(
                                "select e from Employee e where e.username = 'director'",
                                Employee.class)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        List<Customer> customers =
                entityManager
                        .createQuery(
                                """
                select c from Customer c join fetch c.owner o where c.status <> :lost and o.role in
                (no.kundeloft.security.SalesRole.ACCOUNT_MANAGER, no.kundeloft.security.SalesRole.KEY_ACCOUNT_MANAGER)
                order by o.id, c.id""",
                                Customer.class)
                        .setParameter("lost", CustomerStatus.LOST)
                        .getResultList();
        Long owner = null;
        int slot = 0;
        int perOwner = 0;
        int owners = 0;
        for (Customer customer : customers) {
            if (!customer.getOwner().getId().equals(owner)) {
                owner = customer.getOwner().getId();
                owners++;
                slot = 0;
                perOwner = 0;
            }
            boolean key = customer.getTier() == no.kundeloft.customer.CustomerTier.KEY;
            if (perOwner >= 14 || (!key && random.nextInt(4) != 0)) {
                continue;
            }
            perOwner++;
            // Alternate past and planned visits; each a slot of its own in the seller's days.
            boolean past = perOwner % 2 == 0;
            if (past && seeded) {
                continue;
            }
            // Sellers start on different days and hours, so the calendar looks like a real week.
            int shift = owners % 5;
            LocalDate day =
                    past
                            ? DemoDays.workday(today.minusDays(7 + shift + slot * 9L))
                            : DemoDays.workday(today.plusDays(1 + shift + slot * 2L));
            LocalDateTime start =
                    day.atTime(
                            HOURS[(slot + owners) % HOURS.length] + (owners % 2),
                            owners % 4 == 0 ? 30 : 0);
            slot++;
            Visit visit = new Visit(customer, customer.getOwner());
            Instant startsAt = start.atZone(Formats.ZONE).toInstant();
            visit.schedule(startsAt, startsAt.plusSeconds(key ? 5400 : 3600));
            visit.describe(
                    random.nextInt(5) == 0 ? VisitMode.VIDEO : VisitMode.ON_SITE,
                    customer.getCity() == null
                            ? null
                            : customer.getStreet() + ", " + customer.getCity(),
                    null,
                    PURPOSES[random.nextInt(PURPOSES.length)],
                    null);
            if (visit.getMode() == VisitMode.VIDEO) {
                visit.describe(
                        VisitMode.VIDEO,
                        null,
                        "https://meet.example.no/" + Long.toHexString(random.nextLong()),
                        visit.getPurpose(),
                        null);
            }
            boolean ownersDivision =
                    director != null && isInDivisionOf(customer.getOwner(), director);
            // every seller's second past visit still waits for its report
            boolean reported = past && perOwner != 4;
            if (reported) {
                visit.report(
                        SUMMARIES[random.nextInt(SUMMARIES.length)],
                        VisitOutcome.values()[random.nextInt(2)]);
                if (key && ownersDivision && perOwner == 2) {
                    visit.addParticipant(director, ParticipantStatus.ACCEPTED);
                    visit.setDebrief(
                            "Godt å møte administrerende direktør; be om et nytt møte i vår.");
                }
            }
            visit.markUpdated(
                    customer.getOwner().getFullName(), startsAt.minusSeconds(7 * 86_400L));
            entityManager.persist(visit);
            if (reported) {
                LocalDate due = day.plusDays(14);
                Task followUp =
                        tasks.add(
                                TaskSource.VISIT,
                                visit.getId(),
                                customer,
                                customer.getOwner(),
                                "Send forslaget",
                                customer.getOwner(),
                                due,
                                null);
                if (due.isBefore(today.minusDays(3)) && random.nextInt(5) > 0) {
                    tasks.markDone(followUp, due.atStartOfDay(Formats.ZONE).toInstant());
                }
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    private static boolean isInDivisionOf(Employee seller, Employee director) {
        return seller.getTeam() != null
                && seller.getTeam().getDepartment().getDivision().getDirector() != null
                && seller.getTeam()
                        .getDepartment()
                        .getDivision()
                        .getDirector()
                        .getId()
                        .equals(director.getId());
    }
}
