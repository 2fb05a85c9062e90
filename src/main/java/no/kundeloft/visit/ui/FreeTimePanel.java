package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.visit.BusyBlock;
import no.kundeloft.visit.SellerWeek;

/**
 * The host's working week while booking: per day the busy blocks (not what they are) and the free
 * starts that fit the meeting's length; picking one sets the start. ◀ ▶ move a week.
 */
@SharedComponent
public class FreeTimePanel extends Div {

    /**
     * Where the week comes from: the visit service for one's own sellers, a call list for its
     * sellers.
     */
    @FunctionalInterface
    public interface Weeks {
        SellerWeek of(Long sellerId, LocalDate anyDay, int durationMinutes);
    }

    private static final DateTimeFormatter HOURS =
            DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.ZONE);

    private final Weeks weeks;
    private final Consumer<LocalDateTime> picked;
    private Long hostId;
    private String hostName;
    private LocalDate day;
    private int minutes = 60;

    public FreeTimePanel(Weeks weeks, Consumer<LocalDateTime> picked) {
        this.weeks = weeks;
        this.picked = picked;
        setId("free-time");
        addClassName("free-time");
    }

    public void show(Long hostId, String hostName, LocalDate day, Integer minutes) {
        this.hostId = hostId;
        this.hostName = hostName;
        this.day = day;
        this.minutes = minutes == null ? 60 : minutes;
        render();
    }

    private void render() {
        removeAll();
        if (hostId == null || day == null) {
            return;
        }
        SellerWeek week = weeks.of(hostId, day, minutes);
        Button previous =
                new Button(
                        VaadinIcon.ANGLE_LEFT.create(),
                        e -> {
                            day = week.monday().minusWeeks(1);
                            render();
                        });
        previous.setAriaLabel(getTranslation("visit.free.previousWeek"));
        previous.setId("free-time-previous");
        Button next =
                new Button(
                        VaadinIcon.ANGLE_RIGHT.create(),
                        e -> {
                            day = week.monday().plusWeeks(1);
                            render();
                        });
        next.setAriaLabel(getTranslation("visit.free.nextWeek"));
        next.setId("free-time-next");
        for (Button button : List.of(previous, next)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Span title =
                new Span(
                        getTranslation(
                                "visit.free.title",
                                hostName,
                                minutes,
                                Formats.date(week.monday(), getLocale())));
        Div header = new Div(previous, title, next);
        header.addClassName("free-time-header");
        Div days = new Div();
        days.addClassName("free-time-days");
        for (LocalDate date = week.monday();
                date.isBefore(week.monday().plusDays(5));
                date = date.plusDays(1)) {
            days.add(day(week, date));
        }
        add(header, days);
        if (week.free().isEmpty()) {
            Span none = new Span(getTranslation("visit.free.none"));
            none.addClassName("free-time-none");
            add(none);
        }
    }

    private Div day(SellerWeek week, LocalDate date) {
        Div column =
                new Div(
                        new Span(
                                date.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())
                                        + " "
                                        + date.getDayOfMonth()
                                        + "."));
        column.addClassName("free-time-day");
        for (BusyBlock block : week.busy()) {
            if (block.start().atZone(Formats.ZONE).toLocalDate().equals(date)) {
                Span busy =
                        new Span(
                                getTranslation(
                                        "visit.free.busy",
                                        HOURS.format(block.start()),
                                        HOURS.format(block.end())));
                busy.addClassName("free-time-busy");
                column.add(busy);
            }
        }
        for (LocalDateTime start : week.free()) {
            if (start.toLocalDate().equals(date)) {
                Button slot = new Button(start.toLocalTime().toString(), e -> picked.accept(start));
                slot.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                slot.addClassName("free-time-slot");
                slot.getElement().setAttribute("data-start", start.toString());
                column.add(slot);
            }
        }
        return column;
    }
}
