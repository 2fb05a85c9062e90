package no.kundeloft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The backup and restore the README documents, done for real: {@code pg_dump --format=custom} of
 * the running database, {@code pg_restore} into an empty database, and every table comes back with
 * the same rows (the change history and Flyway's own table included). Needs Debian's
 * postgresql-client.
 */
@EnabledIfSystemProperty(named = "kundeloft.test.database", matches = "postgresql")
class BackupRestoreMigrationTest extends CommittedScenarioTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;

    private Path dump;

    @AfterEach
    void dropTheCopy() throws IOException {
        jdbc.execute("drop database if exists restored");
        if (dump != null) {
            Files.deleteIfExists(dump);
        }
    }

    @Test
    void a_dump_restored_into_an_empty_database_has_every_row_of_every_table() throws Exception {
        assumeTrue(
                onPath("pg_dump") && onPath("pg_restore"),
                "pg_dump and pg_restore are missing: apt-get install -y postgresql-client");
        signIn.as("am1");
        CustomerForm form = CustomerForm.of(customers.get(s.c1().getId()));
        form.setCity("Hamar");
        customers.update(s.c1().getId(), form);
        SignIn.out();

        dump = Files.createTempFile("kundeloft-", ".dump");
        String port = String.valueOf(EmbeddedPostgresConfiguration.port());
        run(
                "pg_dump",
                "--format=custom",
                "--host=localhost",
                "--port=" + port,
                "--username=postgres",
                "--file=" + dump,
                "postgres");
        jdbc.execute("create database restored");
        run(
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--host=localhost",
                "--port=" + port,
                "--username=postgres",
                "--dbname=restored",
                dump.toString());

        JdbcTemplate restored =
                new JdbcTemplate(
                        new DriverManagerDataSource(
                                "jdbc:postgresql://localhost:" + port + "/restored",
                                "postgres",
                                ""));
        Map<String, Long> before = rowsPerTable(jdbc);
        assertThat(before)
                .containsKeys(
                        "customer", "customer_aud", "change_revision", "flyway_schema_history");
        assertThat(before.get("customer_aud")).isPositive();
        assertThat(rowsPerTable(restored)).isEqualTo(before);
        assertThat(
                        restored.queryForObject(
                                "select city from customer where id = ?",
                                String.class,
                                s.c1().getId()))
                .isEqualTo("Hamar");
        System.out.printf(
                "Backup and restore: %d tables, %d rows, dump of %d bytes%n",
                before.size(),
                before.values().stream().mapToLong(Long::longValue).sum(),
                Files.size(dump));
    }

    private static Map<String, Long> rowsPerTable(JdbcTemplate database) {
        List<String> tables =
                database.queryForList(
                        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                        String.class);
        Map<String, Long> rows = new TreeMap<>();
        tables.forEach(
                table ->
                        rows.put(
                                table,
                                database.queryForObject(
                                        "select count(*) from " + table, Long.class)));
        return rows;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s said: %s", command[0], output).isZero();
    }
}
