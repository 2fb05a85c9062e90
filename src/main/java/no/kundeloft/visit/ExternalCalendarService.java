package no.kundeloft.visit;

import java.util.List;
import java.util.Optional;
import no.kundeloft.organisation.People;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller links their own published calendar (read once at once, refused with the reason if it
 * cannot be), or unlinks it.
 */
@Service
@PreAuthorize("isAuthenticated() and !hasAnyRole('ADMIN','MEETING_BOOKER')")
@Transactional(readOnly = true)
public class ExternalCalendarService {

    private final ExternalCalendarRepository calendars;
    private final ExternalCalendars external;
    private final People people;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    ExternalCalendarService(
            ExternalCalendarRepository calendars,
            ExternalCalendars external,
            People people,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.calendars = calendars;
        this.external = external;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My linked calendar, if any. */
    public Optional<ExternalCalendar> mine() {
        return calendars.findByEmployee(currentUser.require().employeeId());
    }

    /**
     * Links (or replaces) my calendar: read now; nothing is kept when it cannot be read. Returns
     * how many busy times it has ahead.
     */
    @Transactional
    public int link(String url) {
        Long me = currentUser.require().employeeId();
        List<BusyBlock> blocks = external.read(url);
        people.lock(List.of(me));
        ExternalCalendar calendar = calendars.findByEmployee(me).orElse(null);
        if (calendar != null && !calendar.getUrl().equals(url.strip())) {
            calendars.delete(calendar);
            calendars.flush();
            calendar = null;
        }
        if (calendar == null) {
            calendar = calendars.save(new ExternalCalendar(me, url.strip()));
        }
        calendar.read(clock.instant(), null);
        external.keep(me, blocks);
        return blocks.size();
    }

    /** Unlinks my calendar; its busy times no longer count. */
    @Transactional
    public void unlink() {
        Long me = currentUser.require().employeeId();
        calendars.findByEmployee(me).ifPresent(calendars::delete);
        external.keep(me, List.of());
    }
}
