package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * One labelled value of a figure card: "Actual NOK 1,234"; the value carries the id tests and
 * styles use.
 */
final class FigureLine {

    private FigureLine() {}

    static Span of(Component where, String labelKey, String value, String valueId) {
        Span label = new Span(where.getTranslation(labelKey));
        label.addClassName("label");
        Span shown = new Span(value);
        shown.setId(valueId);
        Span line = new Span(label, shown);
        line.addClassName("line");
        return line;
    }
}
