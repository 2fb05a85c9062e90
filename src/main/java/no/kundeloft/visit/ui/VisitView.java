package no.kundeloft.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.Fact;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.organisation.RecentItemService;
import no.kundeloft.organisation.RecentKind;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.ui.DealDialog;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.VideoLinks;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitItem;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;
import no.kundeloft.visit.VisitStatus;

/**
 * {@code /visits/{id}}: one visit with who attends and what was agreed; the host changes, cancels
 * and reports it and answers requests to join; a director asks to join (seeing any clash first) and
 * adds a debrief afterwards.
 */
@Route("visits/:id(\\d+)")
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
public class VisitView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final VisitService visits;
    private final VisitQueries queries;
    private final VisitDialogs dialogs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DealService deals;
    private final RecentItemService recentItems;
    private VisitDetails visit;

    public VisitView(
            VisitService visits,
            VisitQueries queries,
            VisitDialogs dialogs,
            CurrentUser currentUser,
            Clock clock,
            DealService deals,
            RecentItemService recentItems) {
        this.deals = deals;
        this.recentItems = recentItems;
        this.visits = visits;
        this.queries = queries;
        this.dialogs = dialogs;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("visit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id =
                event.getRouteParameters()
                        .getLong("id")
                        .orElseThrow(() -> new NotFoundException("Visit", null));
        show(queries.get(id));
        recentItems.opened(RecentKind.VISIT, id);
    }

    private void show(VisitDetails details) {
        visit = details;
        removeAll();
        VisitItem item = details.item();
        Anchor back = new Anchor("visits", getTranslation("visit.back"));
        back.addClassName("back-link");
        Span status = new Span(getTranslation("visit.status." + item.status().name()));
        status.addClassNames(
                "badge", item.status() == VisitStatus.CANCELLED ? "status-lost" : "status-active");
        status.setId("visit-status");
        Div title = new Div(new H2(item.customerName()), status);
        title.addClassName("detail-header");
        add(back, title, facts(details), actions(details));
        add(
                section(
                        "visit.participants",
                        new VisitParticipants(
                                details,
                                answer ->
                                        act(
                                                () ->
                                                        visits.answer(
                                                                details.item().id(),
                                                                answer.employeeId(),
                                                                answer.accept())))));
        if (!details.contacts().isEmpty()) {
            Div attendees = new Div();
            details.contacts()
                    .forEach(
                            c ->
                                    attendees.add(
                                            new Paragraph(
                                                    c.title() == null
                                                            ? c.name()
                                                            : c.name() + ", " + c.title())));
            add(section("visit.contacts", attendees));
        }
        if (details.summary() != null || details.debrief() != null) {
            add(section("visit.report", report(details)));
        }
        Long id = item.id();
        add(HistoryTimeline.section(() -> queries.history(id)));
    }

    private Component facts(VisitDetails details) {
        VisitItem item = details.item();
        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(fact("visit.when", when(item.startsAt(), item.endsAt())));
        facts.add(fact("visit.host", item.hostName()));
        facts.add(
                fact(
                        "visit.mode",
                        getTranslation("visit.mode." + item.mode().name())
                                + (details.location() == null ? "" : ", " + details.location())));
        if (details.videoLink() != null && VideoLinks.isSafe(details.videoLink())) {
            Anchor link = new Anchor(details.videoLink(), details.videoLink());
            link.setTarget("_blank");
            facts.add(fact("visit.videoLink", link));
        } else if (details.videoLink() != null) {
            facts.add(fact("visit.videoLink", new Span(details.videoLink())));
        }
        facts.add(fact("visit.purpose", item.purpose()));
        if (details.agenda() != null) {
            Span agenda = new Span(details.agenda());
            agenda.addClassName("multi-line");
            facts.add(fact("visit.agenda", agenda));
        }
        if (details.bookedBy() != null) {
            facts.add(fact("visit.bookedBy", details.bookedBy()));
            Span need = new Span(details.need());
            need.setId("visit-need-text");
            facts.add(fact("visit.need", need));
        }
        Anchor customer =
                new Anchor("customers/" + item.customerId(), getTranslation("visit.openCustomer"));
        customer.setId("visit-open-customer");
        Anchor ics =
                new Anchor(
                        download -> {
                            download.setFileName("visit-" + item.id() + ".ics");
                            download.setContentType("text/calendar; charset=UTF-8");
                            try {
                                queries.writeCalendarFile(item.id(), download.getOutputStream());
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        getTranslation("visit.ics"));
        ics.setId("visit-ics");
        Div links = new Div(customer, ics);
        if (currentUser.require().role() != SalesRole.MEETING_BOOKER) {
            Anchor briefing =
                    new Anchor(
                            "visits/" + item.id() + "/briefing", getTranslation("visit.briefing"));
            briefing.setId("visit-briefing");
            links.addComponentAsFirst(briefing);
        }
        links.addClassName("visit-links");
        facts.add(links);
        return facts;
    }

    private String when(Instant start, Instant end) {
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(getLocale())
                        .withZone(Formats.ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.ZONE);
        return day.format(start) + " " + time.format(start) + "–" + time.format(end);
    }

    private Component fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private Component fact(String labelKey, Component value) {
        return Fact.of(getTranslation(labelKey), value);
    }

    private Component actions(VisitDetails details) {
        Div actions = new Div();
        actions.addClassName("detail-actions");
        boolean started = !details.item().startsAt().isAfter(clock.instant());
        if (details.actions().edit() && details.item().status() == VisitStatus.PLANNED) {
            actions.add(
                    button(
                            "visit-edit",
                            "visit.change",
                            false,
                            () -> dialogs.change(details, this::saved)));
            actions.add(button("visit-cancel", "visit.cancel", false, this::confirmCancel));
        }
        if (details.actions().edit() && started) {
            actions.add(
                    button(
                            "visit-report",
                            details.summary() == null ? "visit.writeReport" : "visit.changeReport",
                            true,
                            this::openReport));
        }
        if (details.actions().edit() && details.summary() != null && deals.mayEdit()) {
            actions.add(button("visit-new-deal", "visit.newDeal", false, () -> openDeal(details)));
        }
        if (details.actions().requestToJoin()) {
            actions.add(button("visit-join", "visit.askToJoin", true, this::askToJoin));
        }
        if (details.actions().debrief()) {
            actions.add(button("visit-debrief", "visit.debrief", false, this::openDebrief));
        }
        return actions;
    }

    /**
     * A deal from the visit's outcome: at its customer, named after its purpose, its first open
     * next step as the deal's.
     */
    private void openDeal(VisitDetails details) {
        DealForm form = deals.newDeal(details.item().customerId());
        form.setTitle(details.item().purpose());
        details.followUps().stream()
                .filter(followUp -> !followUp.done())
                .findFirst()
                .ifPresent(
                        followUp -> {
                            form.setNextStep(followUp.description());
                            form.setNextStepDue(followUp.dueDate());
                        });
        DealDialog.prefilled(
                        deals,
                        form,
                        details.item().customerName(),
                        saved -> Saved.show(this, "deal.saved", saved.title()))
                .open();
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Component report(VisitDetails details) {
        Div report = new Div();
        report.setId("visit-report-text");
        if (details.summary() != null) {
            Paragraph summary = new Paragraph(details.summary());
            summary.addClassName("multi-line");
            report.add(summary);
            if (details.outcome() != null) {
                report.add(
                        fact(
                                "visit.outcome",
                                getTranslation("visit.outcome." + details.outcome().name())));
            }
        }
        if (!details.followUps().isEmpty()) {
            report.add(new H3(getTranslation("visit.followUps")));
            for (VisitDetails.FollowUpItem followUp : details.followUps()) {
                report.add(
                        new Paragraph(
                                followUp.description()
                                        + " — "
                                        + followUp.ownerName()
                                        + ", "
                                        + Formats.date(followUp.dueDate(), getLocale())));
            }
        }
        if (details.debrief() != null) {
            report.add(new H3(getTranslation("visit.debriefTitle")));
            Paragraph debrief = new Paragraph(details.debrief());
            debrief.setId("visit-debrief-text");
            debrief.addClassName("multi-line");
            report.add(debrief);
        }
        return report;
    }

    private Div section(String titleKey, Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassNames("card", "section");
        return section;
    }

    private void confirmCancel() {
        ConfirmDialog confirm =
                Confirm.destructive(
                        this,
                        getTranslation("visit.cancel.title"),
                        getTranslation("visit.cancel.text", visit.item().customerName()),
                        getTranslation("visit.cancel"),
                        () -> act(() -> visits.cancel(visit.item().id(), visit.version())));
        confirm.setCancelText(getTranslation("visit.keep"));
        confirm.setId("cancel-confirm");
    }

    /** A director sees any clash with their own visits before asking. */
    private void askToJoin() {
        List<VisitItem> clashes = queries.conflictsIfIJoin(visit.item().id());
        if (clashes.isEmpty()) {
            act(() -> visits.requestToJoin(visit.item().id()));
            return;
        }
        VisitItem clash = clashes.getFirst();
        ConfirmDialog conflict =
                new ConfirmDialog(
                        getTranslation("visit.conflict.title"),
                        getTranslation(
                                "visit.conflict.text",
                                clash.customerName(),
                                when(clash.startsAt(), clash.endsAt())),
                        getTranslation("common.ok"),
                        e -> {});
        conflict.setId("join-conflict");
        conflict.open();
    }

    private void openReport() {
        new VisitReportDialog(visit, visits, queries, this::act).open();
    }

    private void openDebrief() {
        new DebriefDialog(visit, note -> act(() -> visits.debrief(visit.item().id(), note))).open();
    }

    private void saved(VisitDetails details) {
        show(details);
        Saved.show(this, "visit.saved");
    }

    /** Runs a change and shows the visit as it now is; a refusal is told, and nothing changes. */
    private boolean act(Supplier<VisitDetails> change) {
        try {
            show(change.get());
            return true;
        } catch (RefusedException e) {
            Refusals.show(this, e);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return (visit == null ? getTranslation("nav.visits") : visit.item().customerName())
                + " – "
                + getTranslation("app.name");
    }
}
