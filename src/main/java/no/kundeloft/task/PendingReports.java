package no.kundeloft.task;

import java.time.LocalDate;
import java.util.List;
import no.kundeloft.organisation.RecordScope;

/**
 * The visits that ended without their host's report, which task lists show as tasks of the host
 * (the visit feature, built on this one, answers). Days are the visits' days; a null bound is open.
 */
public interface PendingReports {

    /**
     * Visits waiting for a report whose host is the given one (or, for null, anyone in the scope),
     * between the days.
     */
    long count(RecordScope scope, Long hostId, LocalDate from, LocalDate until);

    /** The same visits, oldest first, a page at a time. */
    List<TaskRow> page(
            RecordScope scope, Long hostId, LocalDate from, LocalDate until, int offset, int limit);
}
