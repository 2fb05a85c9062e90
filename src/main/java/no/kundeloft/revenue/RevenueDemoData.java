package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.demo.DemoDataPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Monthly revenue for the demo customers over the {@value #MONTHS} months up to the last complete
 * month: a level per customer (key customers larger), a seasonal pattern, and growth or decline
 * from year to year. A demo database seeded in an earlier month gets the months it misses,
 * continuing each customer's pattern, and the revenue is loaded through the last complete month.
 */
@Component
@Order(40)
class RevenueDemoData implements DemoDataPart {

    static final int MONTHS = 36;
    static final String LOADED_BY = "Demo";
    private static final double[] SEASON = {
        0.8, 0.9, 1.1, 1.0, 1.1, 0.9, 0.6, 0.8, 1.2, 1.2, 1.2, 1.2
    };

    private final RevenueLoadRepository loads;
    private final EntityManager entityManager;
    private final Clock clock;

    RevenueDemoData(RevenueLoadRepository loads, EntityManager entityManager, Clock clock) {
        this.loads = loads;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        List<LocalDate> range = range();
        YearMonth first =
                range.isEmpty() ? last.minusMonths(MONTHS - 1) : YearMonth.from(range.get(0));
        YearMonth from = range.isEmpty() ? first : YearMonth.from(range.get(1)).plusMonths(1);
        if (!from.isAfter(last)) {
            write(first, from, last, range.isEmpty());
        }
        RevenueLoad load = loads.lockRow().orElseThrow();
        if (!load.loadedThrough().includes(last)) {
            load.set(last, LOADED_BY, clock.instant());
        }
    }

    /** The oldest and newest month with revenue, or nothing when there is none. */
    private List<LocalDate> range() {
        Object[] row =
                entityManager
                        .createQuery(
                                "select min(r.month), max(r.month) from RevenueEntry r",
                                Object[].class)
                        .getSingleResult();
        return row[0] == null ? List.of() : List.of((LocalDate) row[0], (LocalDate) row[1]);
    }

    /**
     * Writes the months {@code from}..{@code last}; {@code first} anchors each customer's growth. A
     * lost customer stopped buying some months before the first seeding and gets no later months.
     */
    private void write(YearMonth first, YearMonth from, YearMonth last, boolean firstSeeding) {
        List<Customer> customers =
                entityManager
                        .createQuery(
                                "select c from Customer c where c.status <> :prospect order by c.id",
                                Customer.class)
                        .setParameter("prospect", CustomerStatus.PROSPECT)
                        .getResultList();
        int written = 0;
        for (Customer customer : customers) {
            if (customer.getStatus() == CustomerStatus.LOST && !firstSeeding) {
                continue;
            }
            Random pattern = new Random(customer.getId() * 7919L);
            double monthly =
                    (customer.getTier() == CustomerTier.KEY ? 400_000 : 15_000)
                            * (0.3 + pattern.nextDouble() * 1.7);
            double yearlyGrowth = -0.12 + pattern.nextDouble() * 0.35;
            YearMonth won =
                    customer.getCustomerSince() == null
                            ? first
                            : YearMonth.from(customer.getCustomerSince());
            YearMonth start = won.isAfter(from) ? won : from;
            YearMonth end =
                    customer.getStatus() == CustomerStatus.LOST
                            ? last.minusMonths(3 + pattern.nextInt(12))
                            : last;
            for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
                double years =
                        (month.getYear() - first.getYear())
                                + (month.getMonthValue() - first.getMonthValue()) / 12.0;
                double noise =
                        new Random(
                                        customer.getId() * 100_003L
                                                + month.getYear() * 12L
                                                + month.getMonthValue())
                                .nextDouble();
                double amount =
                        monthly
                                * SEASON[month.getMonthValue() - 1]
                                * Math.pow(1 + yearlyGrowth, years)
                                * (0.85 + noise * 0.3);
                entityManager.persist(
                        new RevenueEntry(
                                customer,
                                month,
                                BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP)));
                if (++written % 500 == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
        }
        entityManager.flush();
        entityManager.clear();
    }
}
