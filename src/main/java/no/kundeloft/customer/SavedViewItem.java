package no.kundeloft.customer;

/**
 * A saved view as the list offers it: its name, the address query it opens, whether it is shared,
 * and whether it is mine.
 */
public record SavedViewItem(
        Long id, String name, String query, boolean shared, boolean mine, String ownerName) {}
