package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.util.Locale;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;

/**
 * Says which month a period's figures run through ("Actual through October 2026"), or that the
 * period is still open because none of its months is loaded.
 */
final class MeasuredThrough {

    private MeasuredThrough() {}

    static Span of(YearFigures figures, Period period, Locale locale) {
        YearMonth through = figures.measuredThrough(period);
        YearMonth loaded = figures.loadedThrough().month();
        Span text = new Span();
        if (through != null) {
            text.setText(text.getTranslation("attainment.through", Formats.month(through, locale)));
        } else if (loaded != null) {
            text.setText(text.getTranslation("attainment.open", Formats.month(loaded, locale)));
        } else {
            text.setText(text.getTranslation("attainment.openNothingLoaded"));
        }
        text.setId("attainment-through");
        text.addClassName("measured-through");
        return text;
    }
}
