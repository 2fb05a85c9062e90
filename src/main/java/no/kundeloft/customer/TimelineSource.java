package no.kundeloft.customer;

import java.util.List;
import java.util.Set;

/**
 * A feature's lines in a customer's timeline (calls and notes here; visits, tasks, deals, revenue corrections and
 * plan reviews from the features built on this one). The customer is already found in the user's scope; a
 * source leaves out what the user's role may not see of it (a meeting booker sees no revenue, deals or plans).
 */
public interface TimelineSource {

    /** The newest {@code limit} lines of the given kinds, newest first. */
    List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit);

    /** How many lines of the given kinds there are. */
    long count(Long customerId, Set<TimelineKind> kinds);
}
