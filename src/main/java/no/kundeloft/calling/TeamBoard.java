package no.kundeloft.calling;

import java.time.LocalDate;
import java.util.List;

/**
 * A team's calling board for a period: per seller what was done — calls, conversations, meetings
 * booked, orders — against the daily targets times the workdays of the period so far, and the
 * team's total.
 */
public record TeamBoard(
        Long teamId,
        String teamName,
        BoardPeriod period,
        LocalDate from,
        LocalDate to,
        int workdays,
        Targets dailyTargets,
        List<Row> rows) {

    public record Row(Long sellerId, String name, Targets done) {}

    public Targets target() {
        return dailyTargets.times(workdays);
    }

    public Targets total() {
        return new Targets(
                rows.stream().mapToInt(r -> r.done().calls()).sum(),
                rows.stream().mapToInt(r -> r.done().conversations()).sum(),
                rows.stream().mapToInt(r -> r.done().meetings()).sum(),
                rows.stream().mapToInt(r -> r.done().orders()).sum());
    }
}
