package no.kundeloft.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A FullCalendar calendar, loaded at runtime from its webjar so no front-end build is needed. The
 * calendar asks for events when its visible dates change; the server answers with {@link
 * #setEvents}. Times are wall-clock times of one zone (the calendar runs in "UTC" and is given
 * local times without an offset), so it shows Oslo time whatever the browser's zone.
 */
@Tag("div")
@JavaScript("context://webjars/fullcalendar/index.global.min.js")
public class FullCalendar extends Div {

    private final String options;
    private String events = "[]";

    /**
     * {@code optionsJson} is FullCalendar's own options; {@code "initialView":"auto"} picks a list
     * on a phone.
     */
    public FullCalendar(String optionsJson) {
        this.options = optionsJson;
        addClassName("full-calendar");
    }

    /** Shows these events (FullCalendar event objects as JSON), replacing the ones shown. */
    public void setEvents(String eventsJson) {
        events = eventsJson;
        getElement()
                .executeJs(
                        "if (this.$cal) { this.$cal.removeAllEventSources(); this.$cal.addEventSource(JSON.parse($0)); }",
                        eventsJson);
    }

    public String getEvents() {
        return events;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement()
                .executeJs(
                        """
                const el = this;
                if (!window.FullCalendar || el.$cal) { return; }
                const options = JSON.parse($0);
                if (options.initialView === 'auto') {
                  options.initialView = window.innerWidth < 700 ? 'listWeek' : 'timeGridWeek';
                }
                options.timeZone = 'UTC';
                options.events = JSON.parse($1);
                options.datesSet = info => el.$server.datesSet(info.startStr.substring(0, 19), info.endStr.substring(0, 19));
                options.eventClick = info => { info.jsEvent.preventDefault(); el.$server.eventClicked(info.event.id); };
                options.dateClick = info => el.$server.dateClicked(info.dateStr.substring(0, 19));
                el.$cal = new FullCalendar.Calendar(el, options);
                el.$cal.render();
                el.$resize = new ResizeObserver(() => el.$cal && el.$cal.updateSize());
                el.$resize.observe(el);""",
                        options,
                        events);
    }

    /** Frees the calendar in the browser; attached again, it is drawn anew. */
    @Override
    protected void onDetach(DetachEvent event) {
        getElement()
                .executeJs(
                        "if (this.$resize) { this.$resize.disconnect(); }"
                                + " if (this.$cal) { this.$cal.destroy(); this.$cal = null; }");
        super.onDetach(event);
    }

    /**
     * The calendar now shows the dates from {@code start} up to {@code end}, as local date-times.
     */
    @ClientCallable
    public void datesSet(String start, String end) {
        fireEvent(new DatesSetEvent(this, parse(start), parse(end)));
    }

    @ClientCallable
    public void eventClicked(String id) {
        fireEvent(new EventClickEvent(this, id));
    }

    @ClientCallable
    public void dateClicked(String date) {
        fireEvent(new DateClickEvent(this, parse(date)));
    }

    private static LocalDateTime parse(String text) {
        return text.length() == 10
                ? LocalDate.parse(text).atStartOfDay()
                : LocalDateTime.parse(text);
    }

    public Registration addDatesSetListener(ComponentEventListener<DatesSetEvent> listener) {
        return addListener(DatesSetEvent.class, listener);
    }

    public Registration addEventClickListener(ComponentEventListener<EventClickEvent> listener) {
        return addListener(EventClickEvent.class, listener);
    }

    public Registration addDateClickListener(ComponentEventListener<DateClickEvent> listener) {
        return addListener(DateClickEvent.class, listener);
    }

    public static class DatesSetEvent extends ComponentEvent<FullCalendar> {
        private final LocalDateTime start;
        private final LocalDateTime end;

        DatesSetEvent(FullCalendar source, LocalDateTime start, LocalDateTime end) {
            super(source, true);
            this.start = start;
            this.end = end;
        }

        public LocalDateTime start() {
            return start;
        }

        public LocalDateTime end() {
            return end;
        }
    }

    public static class EventClickEvent extends ComponentEvent<FullCalendar> {
        private final String id;

        EventClickEvent(FullCalendar source, String id) {
            super(source, true);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static class DateClickEvent extends ComponentEvent<FullCalendar> {
        private final LocalDateTime date;

        DateClickEvent(FullCalendar source, LocalDateTime date) {
            super(source, true);
            this.date = date;
        }

        public LocalDateTime date() {
            return date;
        }
    }
}
