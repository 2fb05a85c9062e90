package no.kundeloft.dataset;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.kundeloft.base.Formats;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generated organisation's account plans: one for this year per key customer. */
final class DataSetPlans {

    private static final String[] OFFERINGS = {
        "Drift", "Lisenser", "Rådgivning", "Opplæring", "Sikkerhet", "Skytjenester"
    };

    private final JdbcTemplate jdbc;
    private final SequenceIds ids;
    private final Random random;
    private final LocalDate today;

    DataSetPlans(JdbcTemplate jdbc, SequenceIds ids, Random random, LocalDate today) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.random = random;
        this.today = today;
    }

    /**
     * This year's account plan for every key customer: texts, two objectives, a risk and the
     * whitespace over the offerings.
     */
    int plans(List<long[]> customers) {
        List<Long> offerings = offerings();
        int year = today.getYear();
        Timestamp updated =
                Timestamp.from(today.minusDays(20).atTime(14, 0).atZone(Formats.ZONE).toInstant());
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> objectives = new ArrayList<>();
        List<Object[]> risks = new ArrayList<>();
        List<Object[]> whitespace = new ArrayList<>();
        for (long[] customer : customers) {
            if (customer[3] == 0) {
                continue;
            }
            long plan = ids.take();
            plans.add(
                    new Object[] {
                        plan,
                        customer[0],
                        year,
                        "Regional aktør med vekst i flere markeder.",
                        "Effektivisering og digitalisering.",
                        "Foretrukket leverandør på drift.",
                        "Konkurrent A, Konkurrent B",
                        "Bredde: flere tjenester til samme kunde.",
                        updated
                    });
            objectives.add(
                    new Object[] {
                        ids.take(),
                        plan,
                        "Øke omsetningen med 10 %",
                        BigDecimal.TEN,
                        "%",
                        Date.valueOf(LocalDate.of(year, 12, 31)),
                        customer[1],
                        "ON_TRACK",
                        40 + random.nextInt(40)
                    });
            objectives.add(
                    new Object[] {
                        ids.take(),
                        plan,
                        "Ny rammeavtale",
                        null,
                        null,
                        Date.valueOf(LocalDate.of(year, 9, 30)),
                        customer[1],
                        random.nextBoolean() ? "AT_RISK" : "OPEN",
                        random.nextInt(40)
                    });
            risks.add(
                    new Object[] {
                        ids.take(),
                        plan,
                        "Anbud kan åpne for konkurrenter",
                        1 + random.nextInt(5),
                        1 + random.nextInt(5),
                        "Tett dialog med innkjøp"
                    });
            for (int o = 0; o < offerings.size(); o++) {
                String state =
                        new String[] {"CURRENT", "OPPORTUNITY", "COMPETITOR", "NOT_RELEVANT"}
                                [random.nextInt(4)];
                whitespace.add(
                        new Object[] {
                            plan,
                            offerings.get(o),
                            state,
                            state.equals("NOT_RELEVANT")
                                    ? null
                                    : BigDecimal.valueOf(100_000L * (1 + random.nextInt(20)))
                        });
            }
        }
        jdbc.batchUpdate(
                """
                insert into account_plan (id, version, customer_id, plan_year, business, priorities, our_position, competitors, strategy,
                updated_by, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, 'Ds', ?)""",
                plans);
        jdbc.batchUpdate(
                """
                insert into plan_objective (id, version, plan_id, description, target_value, target_unit, due_date, owner_id, status,
                percent_done) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""",
                objectives);
        jdbc.batchUpdate(
                "insert into plan_risk (id, version, plan_id, description, likelihood, impact, mitigation) values (?, 0, ?, ?, ?, ?, ?)",
                risks);
        jdbc.batchUpdate(
                "insert into plan_whitespace (plan_id, offering_id, state, potential) values (?, ?, ?, ?)",
                whitespace);
        return plans.size();
    }

    /** The offering catalogue's ids, made from a short list when it is empty. */
    private List<Long> offerings() {
        List<Long> existing =
                jdbc.queryForList(
                        "select id from offering where active = true order by id", Long.class);
        if (!existing.isEmpty()) {
            return existing;
        }
        List<Object[]> rows = new ArrayList<>();
        for (String name : OFFERINGS) {
            rows.add(new Object[] {ids.take(), name});
        }
        jdbc.batchUpdate(
                "insert into offering (id, version, name, active) values (?, 0, ?, true)", rows);
        return rows.stream().map(row -> (Long) row[0]).toList();
    }
}
