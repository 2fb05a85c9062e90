package no.kundeloft.customer;

/**
 * How a call went, the one list for every place a call is logged. The first four did not reach
 * anyone; the rest were conversations.
 */
public enum CallOutcome {
    NO_ANSWER(false),
    BUSY(false),
    VOICEMAIL(false),
    WRONG_NUMBER(false),
    REACHED(true),
    NOT_INTERESTED(true),
    CALL_BACK(true),
    MEETING_BOOKED(true),
    ORDER(true);

    private final boolean conversation;

    CallOutcome(boolean conversation) {
        this.conversation = conversation;
    }

    /** Whether someone was reached: a conversation. */
    public boolean isConversation() {
        return conversation;
    }
}
