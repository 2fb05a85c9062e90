package no.kundeloft.organisation;

import java.util.Collection;
import java.util.Set;

/**
 * People's private calendar feeds, kept by the visit feature (which depends on this one, so the
 * admin's work reaches them through this interface).
 */
public interface CalendarFeeds {

    /** Of the given people, those with a feed turned on. */
    Set<Long> withFeed(Collection<Long> employeeIds);

    /** Turns the person's feed off at once; its link answers "not found" from then on. */
    void turnOff(Long employeeId);
}
