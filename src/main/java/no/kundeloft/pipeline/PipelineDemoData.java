package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deals for every seller, placed relative to today: open ones in every stage closing from last
 * month to half a year ahead (some stuck, some slipped), deals for new customers at their prospects
 * and growth at their customers, and two to five won or lost in the past year. Key account
 * managers' deals are the largest, telesales and stand sellers' the smallest.
 */
@Component
@Order(80)
class PipelineDemoData implements DemoDataPart {

    private static final List<String> NEW_TITLES =
            List.of(
                    "Driftsavtale",
                    "Nettverk og brukerstøtte",
                    "Skyplattform",
                    "Rammeavtale lisenser",
                    "Sikkerhetspakke",
                    "Oppstartspakke");
    private static final List<String> GROWTH_TITLES =
            List.of(
                    "Utvidelse til flere avdelinger",
                    "Informasjonssikkerhet",
                    "Flere brukere",
                    "Rådgivning skyflytting",
                    "Oppgradering nettverk",
                    "Ny lokasjon");
    private static final List<String> COMPETITORS =
            List.of("Atea", "Crayon", "Telenor", "Lokal leverandør");

    private final DealRepository deals;
    private final DealStageRepository stages;
    private final EntityManager entityManager;
    private final Clock clock;

    PipelineDemoData(
            DealRepository deals,
            DealStageRepository stages,
            EntityManager entityManager,
            Clock clock) {
        this.deals = deals;
        this.stages = stages;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        if (deals.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<DealStage> open = stages.findAllInOrder().stream().filter(DealStage::isOpen).toList();
        DealStage won = stages.findByCode("WON").orElseThrow();
        DealStage lost = stages.findByCode("LOST").orElseThrow();
        List<Employee> sellers =
                entityManager
                        .createQuery(
                                """
                        select e from Employee e where e.active = true and e.role in :roles order by e.username""",
                                Employee.class)
                        .setParameter(
                                "roles",
                                List.of(
                                        SalesRole.ACCOUNT_MANAGER,
                                        SalesRole.KEY_ACCOUNT_MANAGER,
                                        SalesRole.TELESALES,
                                        SalesRole.FIELD_SALES,
                                        SalesRole.TEAM_LEADER))
                        .getResultList();
        Random random = new Random(20_261_201L);
        for (Employee seller : sellers) {
            List<Customer> customers =
                    entityManager
                            .createQuery(
                                    """
                            select c from Customer c where c.owner = :seller and c.status <> no.kundeloft.customer.CustomerStatus.LOST
                            order by c.name""",
                                    Customer.class)
                            .setParameter("seller", seller)
                            .getResultList();
            if (customers.isEmpty()) {
                continue;
            }
            List<Customer> prospects =
                    customers.stream()
                            .filter(c -> c.getStatus() == CustomerStatus.PROSPECT)
                            .toList();
            List<Customer> active =
                    customers.stream().filter(c -> c.getStatus() == CustomerStatus.ACTIVE).toList();
            SalesRole role = seller.getRole();
            int openDeals =
                    switch (role) {
                        case KEY_ACCOUNT_MANAGER -> 5;
                        case ACCOUNT_MANAGER -> 8;
                        default -> 4;
                    };
            for (int i = 0; i < openDeals; i++) {
                boolean newCustomer = !prospects.isEmpty() && (active.isEmpty() || i % 2 == 0);
                Customer customer =
                        newCustomer
                                ? prospects.get(i / 2 % prospects.size())
                                : active.get(i % active.size());
                DealStage stage = open.get(random.nextInt(open.size()));
                YearMonth closeMonth = YearMonth.from(today).plusMonths(random.nextInt(8) - 1);
                LocalDate opened = earlier(today.minusDays(20 + random.nextInt(120)), closeMonth);
                boolean stuck = random.nextInt(5) == 0;
                LocalDate lastActive =
                        stuck
                                ? later(today.minusDays(35 + random.nextInt(40)), opened)
                                : later(today.minusDays(random.nextInt(20)), opened);
                Deal deal =
                        deal(
                                customer,
                                seller,
                                newCustomer,
                                role,
                                stage,
                                closeMonth,
                                opened,
                                random);
                deal.backdate(
                        opened,
                        later(lastActive.minusDays(random.nextInt(15)), opened),
                        at(lastActive),
                        random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0);
                deals.save(deal);
            }
            if (!active.isEmpty()) {
                int closedDeals = 2 + random.nextInt(4);
                for (int i = 0; i < closedDeals; i++) {
                    LocalDate closed = today.minusDays(20 + 60L * i + random.nextInt(30));
                    DealStage outcome = random.nextInt(5) < 2 ? lost : won;
                    Customer customer = active.get((i + 3) % active.size());
                    LocalDate opened = closed.minusDays(40 + random.nextInt(90));
                    Deal deal =
                            deal(
                                    customer,
                                    seller,
                                    false,
                                    role,
                                    open.get(2 % open.size()),
                                    YearMonth.from(closed),
                                    opened,
                                    random);
                    deal.moveTo(
                            outcome,
                            outcome == won
                                    ? "Beste helhetsløsning og god referanse"
                                    : "Valgte lavere pris hos konkurrent",
                            closed);
                    deal.backdate(opened, closed, at(closed), 0);
                    deals.save(deal);
                }
            }
        }
        entityManager.flush();
    }

    private Deal deal(
            Customer customer,
            Employee seller,
            boolean newCustomer,
            SalesRole role,
            DealStage stage,
            YearMonth closeMonth,
            LocalDate opened,
            Random random) {
        Deal deal = new Deal(customer, seller, stage, opened);
        long yearly =
                switch (role) {
                    case KEY_ACCOUNT_MANAGER -> 50_000L * (10 + random.nextInt(71));
                    case ACCOUNT_MANAGER, TEAM_LEADER -> 25_000L * (4 + random.nextInt(37));
                    default -> 10_000L * (2 + random.nextInt(19));
                };
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(seller.getId());
        List<String> titles = newCustomer ? NEW_TITLES : GROWTH_TITLES;
        form.setTitle(titles.get(random.nextInt(titles.size())));
        form.setKind(newCustomer ? DealKind.NEW_CUSTOMER : DealKind.GROWTH);
        form.setYearlyValue(BigDecimal.valueOf(yearly));
        form.setOneOffValue(
                random.nextInt(10) < 3 ? BigDecimal.valueOf(yearly / 5) : BigDecimal.ZERO);
        form.setProbability(stage.getProbability());
        form.setCloseMonth(closeMonth);
        form.setCompetitor(
                random.nextBoolean() ? COMPETITORS.get(random.nextInt(COMPETITORS.size())) : null);
        form.setNextStep(newCustomer ? "Møte med innkjøpsansvarlig" : "Presentere løsningsforslag");
        form.setNextStepDue(
                LocalDate.now(clock.withZone(Formats.ZONE)).plusDays(random.nextInt(21)));
        deal.describe(form, seller);
        deal.touched("system", clock.instant());
        return deal;
    }

    /**
     * The earlier of a day and the first day of a month, so no deal closes before it was opened.
     */
    private static LocalDate earlier(LocalDate day, YearMonth month) {
        return day.isAfter(month.atDay(1)) ? month.atDay(1).minusDays(10) : day;
    }

    private static LocalDate later(LocalDate day, LocalDate notBefore) {
        return day.isBefore(notBefore) ? notBefore : day;
    }

    private Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Formats.ZONE).toInstant();
    }
}
