package no.kundeloft.attainment;

/** One line under a node in the drill-down, with its figures; portfolio size only for sellers. */
public record AttainmentRow(Node node, YearFigures figures, Long portfolioSize) {}
