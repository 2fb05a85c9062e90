package no.kundeloft.customer;

import java.util.List;
import java.util.Set;

/**
 * A feature's lines in a customer's timeline (calls and notes here; visits, tasks, deals, revenue
 * corrections and plan reviews from the features built on this one). The customer is already found
 * in the user's scope and the kinds asked for are those the user's role may see ({@link
 * CustomerTimelineService#kinds()}); a source narrows further only where its own pages do (a
 * meeting booker's own bookings and tasks).
 */
public interface TimelineSource {

    /** The newest {@code limit} lines of the given kinds, newest first. */
    List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit);

    /** How many lines of the given kinds there are. */
    long count(Long customerId, Set<TimelineKind> kinds);
}
