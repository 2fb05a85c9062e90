package no.kundeloft.attainment;

/** Which revenue a figure is about. */
public enum Measure {
    PORTFOLIO,
    NEW_SALES,
    TOTAL
}
