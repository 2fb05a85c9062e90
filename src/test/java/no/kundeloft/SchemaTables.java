package no.kundeloft;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the schema the migrations made holds, read from the database itself. */
public final class SchemaTables {

    private SchemaTables() {}

    /**
     * The tables with a column of this name, sorted; history tables (which keep what was) and
     * Hibernate's own bulk-work tables left out.
     */
    public static Set<String> withColumn(JdbcTemplate jdbc, String column) {
        return jdbc
                .queryForList(
                        "select lower(table_name) from information_schema.columns where"
                                + " lower(column_name) = ? and"
                                + " lower(table_schema) = lower(current_schema())",
                        String.class,
                        column)
                .stream()
                .filter(t -> !t.endsWith("_aud") && !t.startsWith("hte_"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
