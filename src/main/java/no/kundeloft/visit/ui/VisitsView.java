package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.FullCalendar;
import no.kundeloft.base.ui.Json;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.CalendarFeedService;
import no.kundeloft.visit.ExternalCalendarService;
import no.kundeloft.visit.HostOption;
import no.kundeloft.visit.VisitFilter;
import no.kundeloft.visit.VisitItem;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * {@code /visits}: the visits in my scope in a day, week, month or list calendar (a list on a
 * phone), filtered by seller, key customers and director attending; a click on a day plans a visit
 * there.
 */
@Route("visits")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.MEETING_BOOKER
})
public class VisitsView extends Div implements HasDynamicTitle {

    private final VisitQueries visits;
    private final VisitDialogs dialogs;
    private final Clock clock;
    private final FullCalendar calendar;
    private final Select<HostOption> seller = new Select<>();
    private final ComboBox<CustomerListItem> customer = new ComboBox<>();
    private final Checkbox keyOnly = new Checkbox();
    private final Checkbox directorAttending = new Checkbox();
    private LocalDateTime shownFrom;
    private LocalDateTime shownTo;
    private List<VisitItem> shown = List.of();

    public VisitsView(
            VisitQueries visits,
            VisitDialogs dialogs,
            CustomerService customers,
            CurrentUser currentUser,
            CalendarFeedService feeds,
            Clock clock,
            ExternalCalendarService ownCalendars) {
        this.visits = visits;
        this.dialogs = dialogs;
        this.clock = clock;
        addClassName("visits-view");
        KundeloftUser user = currentUser.require();
        boolean booker = user.role() == SalesRole.MEETING_BOOKER;

        seller.setLabel(getTranslation("visits.seller"));
        seller.setId("visits-seller");
        seller.setEmptySelectionAllowed(true);
        seller.setEmptySelectionCaption(getTranslation("visits.allSellers"));
        seller.setItems(visits.possibleHosts());
        seller.setItemLabelGenerator(
                h -> h == null ? getTranslation("visits.allSellers") : h.fullName());
        seller.addValueChangeListener(e -> refresh());
        customer.setLabel(getTranslation("visit.customer"));
        customer.setId("visits-customer");
        customer.setClearButtonVisible(true);
        customer.setPlaceholder(getTranslation("visits.allCustomers"));
        customer.setItemLabelGenerator(CustomerListItem::name);
        customer.setItems(
                query ->
                        customers
                                .list(
                                        CustomerFilter.text(query.getFilter().orElse("")),
                                        PageRequest.of(
                                                query.getPage(),
                                                query.getPageSize(),
                                                Sort.by("name")))
                                .stream());
        customer.addValueChangeListener(e -> refresh());
        keyOnly.setLabel(getTranslation("visits.keyOnly"));
        keyOnly.setId("visits-key-only");
        keyOnly.addValueChangeListener(e -> refresh());
        directorAttending.setLabel(getTranslation("visits.directorAttending"));
        directorAttending.setId("visits-director");
        directorAttending.addValueChangeListener(e -> refresh());
        Button plan =
                new Button(
                        getTranslation(dialogs.planKey()),
                        VaadinIcon.PLUS.create(),
                        e -> openDialog(visits.today().plusDays(1).atTime(LocalTime.of(10, 0))));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setId("visits-plan");
        Div filters = new Div(seller, customer, keyOnly, directorAttending);
        filters.addClassName("filters");
        Button feed =
                new Button(
                        getTranslation("feed.title"),
                        VaadinIcon.CALENDAR_O.create(),
                        e -> new CalendarFeedDialog(feeds).open());
        feed.setId("visits-feed");
        Div buttons = new Div(feed);
        if (!booker) {
            Button own =
                    new Button(
                            getTranslation("calendar.external.open"),
                            VaadinIcon.CALENDAR_USER.create(),
                            e -> new OwnCalendarDialog(ownCalendars).open());
            own.setId("visits-own-calendar");
            buttons.add(own);
        }
        buttons.add(plan);
        if (java.util.Set.of(
                        SalesRole.TEAM_LEADER, SalesRole.SALES_MANAGER, SalesRole.SALES_DIRECTOR)
                .contains(user.role())) {
            Anchor open = new Anchor("visits/open", getTranslation("open.title"));
            open.setId("visits-open-link");
            Anchor coverage = new Anchor("visits/coverage", getTranslation("coverage.title"));
            coverage.setId("visits-coverage-link");
            buttons.addComponentAsFirst(coverage);
            buttons.addComponentAsFirst(open);
        }
        buttons.addClassName("visits-buttons");
        Div header = new Div(new H2(getTranslation("nav.visits")), buttons);
        header.addClassName("visits-header");

        calendar = new FullCalendar(options());
        calendar.setId("visits-calendar");
        calendar.addDatesSetListener(
                e -> {
                    shownFrom = e.start();
                    shownTo = e.end();
                    refresh();
                });
        calendar.addEventClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("visits/" + e.id())));
        calendar.addDateClickListener(
                e ->
                        openDialog(
                                e.date().toLocalTime().equals(LocalTime.MIDNIGHT)
                                        ? e.date().withHour(10)
                                        : e.date()));
        add(header, booker ? new Div() : filters, calendar);
    }

    private void openDialog(LocalDateTime start) {
        dialogs.plan(
                start,
                saved -> getUI().ifPresent(ui -> ui.navigate("visits/" + saved.item().id())));
    }

    /** The visits of the dates shown, as the calendar's events. */
    void refresh() {
        if (shownFrom == null) {
            return;
        }
        VisitFilter filter =
                new VisitFilter(
                        seller.getValue() == null ? null : seller.getValue().id(),
                        customer.getValue() == null ? null : customer.getValue().id(),
                        keyOnly.getValue(),
                        directorAttending.getValue());
        shown =
                visits.calendar(
                        shownFrom.atZone(Formats.ZONE).toInstant(),
                        shownTo.atZone(Formats.ZONE).toInstant(),
                        filter);
        calendar.setEvents(
                shown.stream().map(this::event).collect(Collectors.joining(",", "[", "]")));
    }

    List<VisitItem> shown() {
        return shown;
    }

    private String event(VisitItem visit) {
        String title =
                visit.customerName()
                        + " – "
                        + visit.hostName()
                        + (visit.directorAttending() ? " ★" : "");
        String color =
                visit.status() == VisitStatus.CANCELLED
                        ? "#9aa0a6"
                        : visit.keyCustomer() ? "#8430ce" : "#1a73e8";
        return """
                {"id":%s,"title":%s,"start":%s,"end":%s,"color":%s,"classNames":[%s]}"""
                .formatted(
                        Json.of(String.valueOf(visit.id())),
                        Json.of(title),
                        Json.of(LocalDateTime.ofInstant(visit.startsAt(), Formats.ZONE).toString()),
                        Json.of(LocalDateTime.ofInstant(visit.endsAt(), Formats.ZONE).toString()),
                        Json.of(color),
                        Json.of(
                                "visit-"
                                        + visit.status()
                                                .name()
                                                .toLowerCase(java.util.Locale.ROOT)));
    }

    private String options() {
        boolean norwegian = "nb".equals(getLocale().getLanguage());
        return """
                {"initialView":"auto","firstDay":1,"height":"auto","nowIndicator":true,"slotMinTime":"07:00:00",
                 "slotMaxTime":"19:00:00","weekNumbers":true,"locale":%s,"locales":[{"code":"nb","week":{"dow":1,"doy":4}}],
                 "headerToolbar":{"left":"prev,next today","center":"title","right":"dayGridMonth,timeGridWeek,timeGridDay,listWeek"},
                 "buttonText":{"today":%s,"month":%s,"week":%s,"day":%s,"list":%s},
                 "eventTimeFormat":{"hour":"2-digit","minute":"2-digit","hour12":false,"omitZeroMinute":false},
                 "slotLabelFormat":{"hour":"2-digit","minute":"2-digit","hour12":false},
                 "noEventsText":%s,"weekText":%s,"allDaySlot":false,"eventDisplay":"block","now":%s}"""
                .formatted(
                        Json.of(norwegian ? "nb" : "en-gb"),
                        Json.of(getTranslation("visits.today")),
                        Json.of(getTranslation("visits.month")),
                        Json.of(getTranslation("visits.week")),
                        Json.of(getTranslation("visits.day")),
                        Json.of(getTranslation("visits.list")),
                        Json.of(getTranslation("visits.none")),
                        Json.of(getTranslation("visits.weekShort")),
                        Json.of(
                                LocalDateTime.now(clock.withZone(Formats.ZONE))
                                        .withNano(0)
                                        .toString()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits") + " – " + getTranslation("app.name");
    }
}
