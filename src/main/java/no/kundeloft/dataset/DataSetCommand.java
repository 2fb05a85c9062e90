package no.kundeloft.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./dataset --scale N}: fills the configured (empty) database with the generated data set,
 * prints its progress and what it made with the time taken, and stops the application.
 */
@Component
@ConditionalOnProperty(name = "kundeloft.dataset.scale")
class DataSetCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataSetCommand.class);

    private final DataSetGenerator generator;
    private final ConfigurableApplicationContext context;
    private final int scale;
    private final String password;

    DataSetCommand(
            DataSetGenerator generator,
            ConfigurableApplicationContext context,
            @Value("${kundeloft.dataset.scale}") int scale,
            @Value("${kundeloft.dataset.password:demo}") String password) {
        this.generator = generator;
        this.context = context;
        this.scale = scale;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        int exitCode = 0;
        try {
            DataSetGenerator.Made made =
                    generator.generate(scale, password, line -> log.info("data set: {}", line));
            log.info(
                    "Data set at scale {}: {} people in {} teams, {} customers, {} contacts, {} revenue months, {} visits, {} calls, {} deals, {} budgets, "
                            + "{} tasks, {} account plans in {} s "
                            + "(sign in as ds.director1, ds.manager1, ds.leader1, ds.am1 with the data set's password)",
                    scale,
                    made.people(),
                    made.teams(),
                    made.customers(),
                    made.contacts(),
                    made.revenueRows(),
                    made.visits(),
                    made.calls(),
                    made.deals(),
                    made.budgets(),
                    made.tasks(),
                    made.plans(),
                    (System.nanoTime() - start) / 1_000_000_000);
        } catch (IllegalStateException | IllegalArgumentException e) {
            log.error("No data set made: {}", e.getMessage());
            exitCode = 1;
        }
        // a command, not a server: done once the data set is in
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
