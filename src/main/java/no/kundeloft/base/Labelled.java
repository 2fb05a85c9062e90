package no.kundeloft.base;

/**
 * A record or value that names itself in a sentence, as the change history shows it ("Kari
 * Nordmann", "March 2026").
 */
public interface Labelled {

    String label();
}
