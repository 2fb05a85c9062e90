package no.kundeloft.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import no.kundeloft.base.Formats;

/**
 * Two date pickers, "from" and "to", for filtering logs by day in Norwegian time; both ends are
 * whole days and included. A "to" before "from" is marked and filters nothing until mended.
 */
public class DateRange extends Div {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public DateRange(Runnable onChange) {
        from.setLabel(getTranslation("range.from"));
        to.setLabel(getTranslation("range.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setId("range-from");
        to.setId("range-to");
        from.addValueChangeListener(e -> changed(onChange));
        to.addValueChangeListener(e -> changed(onChange));
        addClassName("date-range");
        add(from, to);
    }

    private void changed(Runnable onChange) {
        boolean backwards =
                from.getValue() != null
                        && to.getValue() != null
                        && to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? getTranslation("range.backwards") : null);
        if (!backwards) {
            onChange.run();
        }
    }

    /** The start of the "from" day, or null. */
    public Instant fromInstant() {
        return startOf(from.getValue());
    }

    /** The start of the day after "to" (so the "to" day is included), or null. */
    public Instant untilInstant() {
        return to.getValue() == null ? null : startOf(to.getValue().plusDays(1));
    }

    public DatePicker from() {
        return from;
    }

    public DatePicker to() {
        return to;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toInstant();
    }
}
