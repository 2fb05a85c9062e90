package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label over its value, as the detail pages show facts (styled by the {@code fact} class). */
public final class Fact {

    private Fact() {}

    /** {@code label} is already translated. */
    public static Div of(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("label");
        Div fact = new Div(caption, value);
        fact.addClassName("fact");
        return fact;
    }
}
