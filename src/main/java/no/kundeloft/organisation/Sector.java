package no.kundeloft.organisation;

/** Public or private sector: places a division, and is a filter on customers. */
public enum Sector {
    PUBLIC,
    PRIVATE
}
