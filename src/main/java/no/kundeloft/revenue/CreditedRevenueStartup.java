package no.kundeloft.revenue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the credited months on start-up when the database has revenue but none credited (upgraded
 * from before them).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CreditedRevenueStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CreditedRevenueStartup.class);

    private final CreditedRevenue credited;

    CreditedRevenueStartup(CreditedRevenue credited) {
        this.credited = credited;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (credited.needsRebuild()) {
            long start = System.nanoTime();
            credited.rebuild();
            log.info(
                    "Credited revenue summed per seller and month in {} ms",
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
