package no.kundeloft;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Empties the test database, for the few tests that must commit (concurrency). Every other test
 * rolls back, so "everything" is only what such a test wrote. Every table is emptied, read from the
 * schema, except those the migrations fill.
 */
@Component
public class DatabaseCleaner {

    /** Filled by the migrations themselves; the tests only read them. */
    static final Set<String> KEPT =
            Set.of("flyway_schema_history", "deal_stage", "review_criterion", "revenue_load");

    private final JdbcTemplate jdbc;

    public DatabaseCleaner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void deleteAll() {
        List<String> tables = tablesToEmpty();
        if (isPostgresql()) {
            jdbc.execute("truncate table " + String.join(", ", tables));
            return;
        }
        jdbc.execute("set referential_integrity false");
        try {
            jdbc.batchUpdate(
                    tables.stream().map(table -> "delete from " + table).toArray(String[]::new));
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }

    List<String> tablesToEmpty() {
        return jdbc
                .queryForList(
                        "select lower(table_name) from information_schema.tables"
                                + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'"
                                + " order by 1",
                        String.class)
                .stream()
                .filter(table -> !KEPT.contains(table))
                .toList();
    }

    private boolean isPostgresql() {
        DataSource dataSource = jdbc.getDataSource();
        try {
            String product =
                    JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
            return product.toLowerCase().contains("postgres");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the test database's product name", e);
        }
    }
}
