package no.kundeloft.attainment;

import java.util.List;

/**
 * A node's figures for a year, the way up to it (from the top the user may see) and the lines one
 * level down. For a department, {@code topDown} measures the same actuals against the sales
 * manager's top-down budget; otherwise it is null.
 */
public record AttainmentReport(
        Node node,
        List<Node> path,
        YearFigures figures,
        List<AttainmentRow> rows,
        YearFigures topDown) {}
