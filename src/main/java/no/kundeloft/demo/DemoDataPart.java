package no.kundeloft.demo;

/**
 * One feature's share of the demo data. Each part adds its data only when it is missing, so a part
 * that a later feature adds also reaches an existing demo database.
 */
public interface DemoDataPart {

    /**
     * Adds this part's demo data unless it is already there. Runs in a transaction, with nobody
     * signed in.
     */
    void addIfMissing();
}
