package no.kundeloft.customer;

/** How a contact stands towards us (key customers). */
public enum Attitude {
    CHAMPION,
    SUPPORTER,
    NEUTRAL,
    CRITIC,
    UNKNOWN
}
