package no.kundeloft.base.events;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL's {@code LISTEN/NOTIFY} when the database is PostgreSQL, several nodes or not; memory
 * on the embedded one.
 */
@Configuration
class NodeEventsConfiguration {

    @Bean
    NodeEvents nodeEvents(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres =
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            return postgres ? new PostgresNodeEvents(dataSource) : new InMemoryNodeEvents();
        }
    }
}
