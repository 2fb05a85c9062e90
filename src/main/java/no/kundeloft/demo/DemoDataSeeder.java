package no.kundeloft.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo organisation on start-up ({@code kundeloft.demo.enabled}, on by default, off in
 * {@code prod} and in tests), running each part in its own transaction in their declared order.
 */
@Component
@ConditionalOnProperty(name = "kundeloft.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final List<DemoDataPart> parts;
    private final TransactionTemplate transaction;

    DemoDataSeeder(List<DemoDataPart> parts, TransactionTemplate transaction) {
        this.parts = parts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        for (DemoDataPart part : parts) {
            transaction.executeWithoutResult(status -> part.addIfMissing());
        }
        log.info("Demo data checked in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
