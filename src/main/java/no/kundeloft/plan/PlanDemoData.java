package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.organisation.Employee;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The offering catalogue and this year's plans for {@code kam}'s key customers at different quality
 * levels: one excellent (every section, reviewed by {@code teamlead}), one poor, the rest missing.
 */
@Component
@Order(70)
class PlanDemoData implements DemoDataPart {

    private static final List<String> OFFERINGS =
            List.of(
                    "Skydrift",
                    "Nettverk som tjeneste",
                    "Brukerstøtte",
                    "Informasjonssikkerhet",
                    "Lisenser",
                    "Rådgivning");

    private final OfferingRepository offerings;
    private final AccountPlanRepository plans;
    private final EntityManager entityManager;
    private final Tasks tasks;
    private final Clock clock;

    PlanDemoData(
            OfferingRepository offerings,
            AccountPlanRepository plans,
            EntityManager entityManager,
            Clock clock,
            Tasks tasks) {
        this.tasks = tasks;
        this.offerings = offerings;
        this.plans = plans;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        if (offerings.count() == 0) {
            OFFERINGS.forEach(name -> offerings.save(new Offering(name)));
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        if (plans.countByYear(today.getYear()) > 0) {
            return;
        }
        Employee kam = employee("kam");
        Employee teamlead = employee("teamlead");
        if (kam == null || teamlead == null) {
            return;
        }
        List<Customer> keyCustomers =
                entityManager
                        .createQuery(
                                "select c from Customer c where c.owner = :kam and c.tier = no.kundeloft.customer.CustomerTier.KEY order by c.name",
                                Customer.class)
                        .setParameter("kam", kam)
                        .getResultList();
        if (keyCustomers.size() < 2) {
            return;
        }
        excellent(keyCustomers.get(0), kam, teamlead, today);
        poor(keyCustomers.get(1), kam, today);
        entityManager.flush();
    }

    private void excellent(Customer customer, Employee kam, Employee teamlead, LocalDate today) {
        AccountPlan plan = new AccountPlan(customer, today.getYear());
        plan.describe(
                "Konsern med virksomhet i hele Norden; flytter drift til skyen de neste to årene.",
                "Kostnadskontroll, sikkerhet og raskere leveranser til egne kunder.",
                "Foretrukket leverandør på nettverk og brukerstøtte; ikke inne på sky ennå.",
                "To globale skyleverandører og en lokal konsulent.",
                "Vinne skyflyttingen med et samlet tilbud: drift, sikkerhet og rådgivning.");
        List<Offering> catalogue = offerings.findActive();
        for (int i = 0; i < catalogue.size(); i++) {
            WhitespaceState state = WhitespaceState.values()[i % WhitespaceState.values().length];
            plan.whitespace()
                    .add(
                            new WhitespaceCell(
                                    catalogue.get(i).getId(),
                                    state,
                                    state == WhitespaceState.NOT_RELEVANT
                                            ? null
                                            : BigDecimal.valueOf(400_000L * (i + 1))));
        }
        PlanObjective cloud = new PlanObjective(plan);
        cloud.set(
                "Vinne skyflyttingen",
                new BigDecimal("3500000"),
                "NOK",
                today.plusMonths(4),
                kam,
                ObjectiveStatus.ON_TRACK,
                40);
        plan.objectives().add(cloud);
        PlanObjective security = new PlanObjective(plan);
        security.set(
                "Sikkerhetsavtale for hele konsernet",
                new BigDecimal("1"),
                "avtale",
                today.plusMonths(2),
                kam,
                ObjectiveStatus.OPEN,
                10);
        plan.objectives().add(security);
        plan.risks()
                .add(
                        new PlanRisk(
                                plan,
                                "Global leverandør tilbyr gratis migrering",
                                3,
                                4,
                                "Vis totalkostnad over tre år"));
        plan.reviews()
                .add(
                        new PlanReview(
                                plan,
                                teamlead,
                                clock.instant().minus(20, ChronoUnit.DAYS),
                                ReviewVerdict.APPROVED,
                                "God plan. Husk innkjøpssjefen."));
        plan.markUpdated(kam.getFullName(), clock.instant().minus(21, ChronoUnit.DAYS));
        plans.save(plan);
        action(plan, kam, "Workshop med IT-direktøren om skyflytting", today.plusDays(12));
        action(plan, kam, "Referansebesøk hos en kunde som har flyttet", today.plusDays(30));
        map(
                customer,
                kam,
                new BuyingRole[] {
                    BuyingRole.DECISION_MAKER,
                    BuyingRole.INFLUENCER,
                    BuyingRole.USER,
                    BuyingRole.GATEKEEPER
                },
                new Attitude[] {
                    Attitude.SUPPORTER, Attitude.CHAMPION, Attitude.NEUTRAL, Attitude.CRITIC
                },
                new int[] {9, 7, 4, 5});
    }

    private void poor(Customer customer, Employee kam, LocalDate today) {
        AccountPlan plan = new AccountPlan(customer, today.getYear());
        plan.describe("Stor kunde innen handel.", null, null, null, "Beholde det vi har.");
        PlanObjective grow = new PlanObjective(plan);
        grow.set("Øke omsetningen", null, null, null, kam, ObjectiveStatus.OPEN, 0);
        plan.objectives().add(grow);
        plan.markUpdated(kam.getFullName(), clock.instant().minus(60, ChronoUnit.DAYS));
        plans.save(plan);
        action(plan, kam, "Sende tilbud på lisenser", today.minusDays(14));
        map(
                customer,
                kam,
                new BuyingRole[] {BuyingRole.USER},
                new Attitude[] {Attitude.NEUTRAL},
                new int[] {3});
    }

    private void action(AccountPlan plan, Employee kam, String description, LocalDate due) {
        tasks.add(
                TaskSource.PLAN,
                plan.getId(),
                plan.getCustomer(),
                kam,
                description,
                kam,
                due,
                null);
    }

    private void map(
            Customer customer,
            Employee kam,
            BuyingRole[] roles,
            Attitude[] attitudes,
            int[] influence) {
        List<Contact> contacts =
                entityManager
                        .createQuery(
                                "select c from Contact c where c.customer = :customer order by c.id",
                                Contact.class)
                        .setParameter("customer", customer)
                        .getResultList();
        for (int i = 0; i < Math.min(roles.length, contacts.size()); i++) {
            contacts.get(i)
                    .setStakeholder(roles[i], influence[i], attitudes[i], i == 0 ? kam : null);
            if (i > 0) {
                contacts.get(i).setReportsTo(contacts.getFirst());
            }
        }
    }

    private Employee employee(String username) {
        return entityManager
                .createQuery("select e from Employee e where e.username = :u", Employee.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
