package no.kundeloft.visit;

/** An internal participant's answer; only ACCEPTED participants are booked. */
public enum ParticipantStatus {
    INVITED,
    REQUESTED,
    ACCEPTED,
    DECLINED
}
