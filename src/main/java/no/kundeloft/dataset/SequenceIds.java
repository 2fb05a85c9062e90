package no.kundeloft.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids from the entity sequence as Hibernate takes them: each value it gives stands for the fifty
 * ids up to it (the sequence counts by 50), so the generated rows and the application's never share
 * one.
 */
final class SequenceIds {

    private static final int BLOCK = 50;
    private final JdbcTemplate jdbc;
    private long next;
    private long last = -1;

    SequenceIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long take() {
        if (next > last) {
            last = jdbc.queryForObject("select nextval('entity_seq')", Long.class);
            next = last - BLOCK + 1;
        }
        return next++;
    }
}
