package no.kundeloft.customer;

/**
 * What a change of ownership does to one receiver's portfolio: customers held before, coming in,
 * and after, against the maximum of the receiver's role (null when the role has no limit).
 */
public record ReceiverLoad(
        Long receiverId, String receiverName, long before, long incoming, Integer max) {

    public long after() {
        return before + incoming;
    }

    public boolean withinLimit() {
        return max == null || after() <= max;
    }
}
