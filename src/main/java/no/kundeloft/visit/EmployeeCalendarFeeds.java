package no.kundeloft.visit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.kundeloft.organisation.CalendarFeeds;
import org.springframework.stereotype.Component;

/** Lets the admin's work on people see and turn off their calendar feeds. */
@Component
class EmployeeCalendarFeeds implements CalendarFeeds {

    private final CalendarFeedRepository feeds;

    EmployeeCalendarFeeds(CalendarFeedRepository feeds) {
        this.feeds = feeds;
    }

    @Override
    public Set<Long> withFeed(Collection<Long> employeeIds) {
        return employeeIds.isEmpty()
                ? Set.of()
                : new HashSet<>(feeds.findEmployeeIdsWithFeed(employeeIds));
    }

    @Override
    public void turnOff(Long employeeId) {
        feeds.deleteByEmployeeId(employeeId);
    }
}
