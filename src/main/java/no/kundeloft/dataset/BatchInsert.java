package no.kundeloft.dataset;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows for one insert statement, sent to the database a thousand at a time. */
final class BatchInsert {

    static final int SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final String insert;
    private final List<Object[]> rows = new ArrayList<>();
    private int count;

    BatchInsert(JdbcTemplate jdbc, String insert) {
        this.jdbc = jdbc;
        this.insert = insert;
    }

    void add(Object[] row) {
        rows.add(row);
        count++;
        if (rows.size() == SIZE) {
            flush();
        }
    }

    /** Sends the rest; returns how many rows were inserted in all. */
    int finish() {
        flush();
        return count;
    }

    private void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insert, rows);
            rows.clear();
        }
    }
}
