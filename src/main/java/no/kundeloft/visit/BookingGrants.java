package no.kundeloft.visit;

/**
 * Bookings a feature above this one allows outside the user's record scope: a caller working a call
 * list books a meeting at the customer on screen for a seller the list names. Answered for the
 * signed-in user.
 */
public interface BookingGrants {

    /** Whether the user may book a meeting at this customer with this seller as host. */
    boolean mayBook(Long customerId, Long hostId);

    /** Whether the user may see this seller's free and busy time, to book them. */
    boolean mayBookFor(Long sellerId);
}
