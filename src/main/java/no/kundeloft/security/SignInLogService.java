package no.kundeloft.security;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The sign-in log for admins: every attempt, successful, failed or throttled, newest first, a page
 * at a time.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SignInLogService {

    private final JdbcTemplate jdbc;

    SignInLogService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SignInRecord> search(SignInLogFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(
                "select id, attempted_at, username, address, outcome from sign_in_attempt"
                        + where.sql()
                        + " order by attempted_at desc, id desc limit ? offset ?",
                (row, n) ->
                        new SignInRecord(
                                row.getLong("id"),
                                row.getTimestamp("attempted_at").toInstant(),
                                row.getString("username"),
                                row.getString("address"),
                                SignInLog.Outcome.valueOf(row.getString("outcome"))),
                arguments.toArray());
    }

    public long count(SignInLogFilter filter) {
        Where where = where(filter);
        Long count =
                jdbc.queryForObject(
                        "select count(*) from sign_in_attempt" + where.sql(),
                        Long.class,
                        where.arguments().toArray());
        return count == null ? 0 : count;
    }

    private record Where(String sql, List<Object> arguments) {}

    private static Where where(SignInLogFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePatterns.containing(filter.text());
            conditions.add("(username like ? escape '\\' or address like ? escape '\\')");
            arguments.add(pattern);
            arguments.add(pattern);
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = ?");
            arguments.add(filter.outcome().name());
        }
        if (filter.from() != null) {
            conditions.add("attempted_at >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("attempted_at < ?");
            arguments.add(Timestamp.from(filter.until()));
        }
        return new Where(
                conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions),
                arguments);
    }
}
