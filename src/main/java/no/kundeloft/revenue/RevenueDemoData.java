package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Monthly revenue for the demo customers from January 2024 to October 2026: a level per customer
 * (key customers larger), a seasonal pattern, and growth or decline from year to year.
 */
@Component
@Order(40)
class RevenueDemoData implements DemoDataPart {

    static final YearMonth FIRST = YearMonth.of(2024, 1);
    static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final double[] SEASON = {0.8, 0.9, 1.1, 1.0, 1.1, 0.9, 0.6, 0.8, 1.2, 1.2, 1.2, 1.2};

    private final RevenueEntryRepository entries;
    private final EntityManager entityManager;

    RevenueDemoData(RevenueEntryRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    @Override
    public void addIfMissing() {
        if (entries.count() > 0) {
            return;
        }
        Random random = new Random(20240101L);
        List<Customer> customers = entityManager.createQuery(
                "select c from Customer c where c.status <> :prospect order by c.id", Customer.class)
                .setParameter("prospect", CustomerStatus.PROSPECT).getResultList();
        int written = 0;
        for (Customer customer : customers) {
            double monthly = (customer.getTier() == CustomerTier.KEY ? 400_000 : 15_000) * (0.3 + random.nextDouble() * 1.7);
            double yearlyGrowth = -0.12 + random.nextDouble() * 0.35;
            YearMonth start = customer.getCustomerSince() == null || YearMonth.from(customer.getCustomerSince()).isBefore(FIRST)
                    ? FIRST : YearMonth.from(customer.getCustomerSince());
            YearMonth end = customer.getStatus() == CustomerStatus.LOST ? LAST.minusMonths(3 + random.nextInt(12)) : LAST;
            for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
                double years = (month.getYear() - FIRST.getYear()) + (month.getMonthValue() - 1) / 12.0;
                double amount = monthly * SEASON[month.getMonthValue() - 1] * Math.pow(1 + yearlyGrowth, years)
                        * (0.85 + random.nextDouble() * 0.3);
                entityManager.persist(new RevenueEntry(customer, month, BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP)));
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
