package no.kundeloft.dataset;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.kundeloft.base.Formats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people and the work of a generated data set's customers: a primary contact each, visits in
 * the past and ahead, and calls over the last year — written in batches.
 */
@Component
class DataSetActivity {

    private static final int VISITS_PER_CUSTOMER = 2;
    private static final int CALLS_PER_CUSTOMER = 2;
    private static final String[] PURPOSES = {
        "Årlig gjennomgang",
        "Presentasjon av nye tjenester",
        "Oppfølging av tilbud",
        "Behovsavklaring",
        "Fornyelse av avtale"
    };
    private static final String[] OUTCOMES = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
    private static final String[] CALL_OUTCOMES = {
        "NO_ANSWER", "BUSY", "VOICEMAIL", "REACHED", "REACHED", "NOT_INTERESTED", "CALL_BACK"
    };

    private final JdbcTemplate jdbc;

    DataSetActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int contacts(List<long[]> customers, SequenceIds ids, Random random) {
        BatchInsert rows =
                new BatchInsert(
                        jdbc,
                        """
                insert into contact (id, version, customer_id, full_name, title, email, phone, phone_digits, is_primary, do_not_call)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, false)""");
        for (long[] customer : customers) {
            for (int k = 0; k < 2; k++) {
                String phone =
                        String.format(
                                "+47 9%02d %02d %03d",
                                random.nextInt(100), random.nextInt(100), random.nextInt(1000));
                rows.add(
                        new Object[] {
                            ids.take(),
                            customer[0],
                            "Kontakt " + customer[0] + "-" + (k + 1),
                            k == 0 ? "Daglig leder" : "Innkjøper",
                            "kontakt" + customer[0] + "-" + (k + 1) + "@kunde.example",
                            phone,
                            phone.replaceAll("\\D", ""),
                            k == 0
                        });
            }
        }
        return rows.finish();
    }

    /**
     * Two visits per customer: held ones over the last two years (with a report), planned ones in
     * the next two months.
     */
    int visits(List<long[]> customers, SequenceIds ids, Random random, LocalDate today) {
        BatchInsert rows =
                new BatchInsert(
                        jdbc,
                        "insert into visit (id, version, customer_id, host_id, starts_at, ends_at, mode, purpose, status, summary, outcome,"
                                + " ical_sequence) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        for (long[] customer : customers) {
            for (int v = 0; v < VISITS_PER_CUSTOMER; v++) {
                boolean ahead = random.nextInt(100) < 20;
                LocalDate day =
                        ahead
                                ? today.plusDays(1 + random.nextInt(60))
                                : today.minusDays(1 + random.nextInt(730));
                Instant start =
                        day.atTime(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30)
                                .atZone(Formats.ZONE)
                                .toInstant();
                rows.add(
                        new Object[] {
                            ids.take(),
                            customer[0],
                            customer[1],
                            Timestamp.from(start),
                            Timestamp.from(start.plusSeconds(3600)),
                            random.nextBoolean() ? "ON_SITE" : "VIDEO",
                            PURPOSES[random.nextInt(PURPOSES.length)],
                            ahead ? "PLANNED" : "DONE",
                            ahead ? null : "Gjennomgang av avtalen; kunden vurderer utvidelse.",
                            ahead ? null : OUTCOMES[random.nextInt(3)]
                        });
            }
        }
        return rows.finish();
    }

    /** Two calls per customer by its owner over the last year, to its primary contact. */
    int calls(List<long[]> customers, SequenceIds ids, Random random, LocalDate today) {
        Map<Long, Long> primaries = new HashMap<>();
        jdbc.query(
                "select customer_id, id from contact where is_primary = true",
                (ResultSet row) -> {
                    primaries.put(row.getLong(1), row.getLong(2));
                });
        BatchInsert rows =
                new BatchInsert(
                        jdbc,
                        "insert into customer_activity (id, version, customer_id, author_id, kind, occurred_at, contact_id, outcome,"
                                + " duration_minutes, text, reason) values (?, 0, ?, ?, 'CALL', ?, ?, ?, ?, ?, ?)");
        for (long[] customer : customers) {
            for (int c = 0; c < CALLS_PER_CUSTOMER; c++) {
                String outcome = CALL_OUTCOMES[random.nextInt(CALL_OUTCOMES.length)];
                boolean talked =
                        !outcome.equals("NO_ANSWER")
                                && !outcome.equals("BUSY")
                                && !outcome.equals("VOICEMAIL");
                Instant at =
                        today.minusDays(1 + random.nextInt(365))
                                .atTime(9 + random.nextInt(7), random.nextInt(60))
                                .atZone(Formats.ZONE)
                                .toInstant();
                rows.add(
                        new Object[] {
                            ids.take(),
                            customer[0],
                            customer[1],
                            Timestamp.from(at),
                            primaries.get(customer[0]),
                            outcome,
                            talked ? 2 + random.nextInt(15) : 0,
                            talked ? "Snakket om behov fremover." : null,
                            outcome.equals("NOT_INTERESTED")
                                    ? "Fornøyd med dagens leverandør"
                                    : null
                        });
            }
        }
        return rows.finish();
    }
}
