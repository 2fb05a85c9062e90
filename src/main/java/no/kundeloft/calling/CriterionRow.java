package no.kundeloft.calling;

/** A scorecard criterion as admins keep it. */
public record CriterionRow(Long id, String name, int position, boolean active) {}
