package no.kundeloft.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.customer.HandOverPreview;
import no.kundeloft.customer.PortfolioRuleException;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.customer.ReceiverLoad;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;

/**
 * Hands a leaving seller's whole portfolio over: choose receivers, spread evenly or pick per
 * customer, see each receiver against their limit, then commit everything in one go.
 */
@Route("team/handover/:employeeId")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.ADMIN})
public class HandOverView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String EMPLOYEE_PARAMETER = "employeeId";

    private final PortfolioService portfolios;
    final MultiSelectComboBox<AssignableOwner> receivers = new MultiSelectComboBox<>();
    final Button spread = new Button();
    final Button commit = new Button();
    final Grid<CustomerListItem> grid = new Grid<>(CustomerListItem.class, false);
    private final Div summary = new Div();
    private final Map<Long, Long> plan = new LinkedHashMap<>();
    private AssignableOwner leaving;
    private List<CustomerListItem> portfolio;

    public HandOverView(PortfolioService portfolios) {
        this.portfolios = portfolios;
        addClassName("hand-over-view");
    }

    static RouteParameters parametersFor(Long employeeId) {
        return new RouteParameters(EMPLOYEE_PARAMETER, String.valueOf(employeeId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(EMPLOYEE_PARAMETER).orElse("");
        List<AssignableOwner> people = portfolios.receivers();
        leaving =
                people.stream()
                        .filter(p -> String.valueOf(p.id()).equals(parameter))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Employee", parameter));
        portfolio = portfolios.portfolioOf(leaving.id());
        plan.clear();
        render(people.stream().filter(p -> !p.id().equals(leaving.id())).toList());
    }

    private void render(List<AssignableOwner> candidates) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("handover.back"), TeamView.class);
        back.addClassName("back-link");
        add(
                back,
                new H2(getTranslation("handover.title", leaving.fullName())),
                new Paragraph(getTranslation("handover.intro", portfolio.size())));

        receivers.setLabel(getTranslation("handover.receivers"));
        receivers.setItems(candidates);
        receivers.setItemLabelGenerator(
                o ->
                        getTranslation(
                                "reassign.receiverLabel",
                                o.fullName(),
                                getTranslation("role." + o.role().name()),
                                o.teamName()));
        receivers.setWidthFull();
        receivers.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        spread.setText(getTranslation("handover.spread"));
        spread.setIcon(VaadinIcon.SPLIT.create());
        spread.addClickListener(e -> spreadEvenly());
        Div choose = new Div(receivers, spread);
        choose.addClassName("handover-choose");

        grid.removeAllColumns();
        grid.addColumn(CustomerListItem::name)
                .setHeader(getTranslation("customer.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(c -> getTranslation("tier." + c.tier()))
                .setHeader(getTranslation("customer.tier"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("status." + c.status()))
                .setHeader(getTranslation("customer.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::receiverPicker)
                .setHeader(getTranslation("handover.receiver"))
                .setWidth("18rem")
                .setFlexGrow(0);
        grid.setItems(portfolio);
        grid.setAllRowsVisible(portfolio.size() <= 50);
        grid.setEmptyStateText(getTranslation("handover.empty"));

        summary.setId("handover-summary");
        commit.setText(getTranslation("handover.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> confirm());
        add(choose, grid, summary, commit);
        updatePreview();
    }

    private Component receiverPicker(CustomerListItem customer) {
        ComboBox<AssignableOwner> picker = new ComboBox<>();
        picker.setItems(
                receivers.getSelectedItems().stream()
                        .filter(o -> fits(customer, o))
                        .sorted(Comparator.comparing(AssignableOwner::fullName))
                        .toList());
        picker.setItemLabelGenerator(AssignableOwner::fullName);
        picker.setPlaceholder(getTranslation("handover.choose"));
        picker.setWidthFull();
        picker.setAriaLabel(getTranslation("handover.receiverFor", customer.name()));
        receivers.getSelectedItems().stream()
                .filter(o -> o.id().equals(plan.get(customer.id())))
                .findFirst()
                .ifPresent(picker::setValue);
        picker.addValueChangeListener(
                e -> {
                    if (e.getValue() == null) {
                        plan.remove(customer.id());
                    } else {
                        plan.put(customer.id(), e.getValue().id());
                    }
                    updatePreview();
                });
        return picker;
    }

    /** Key customers go to key account managers, standard customers to everyone else. */
    private static boolean fits(CustomerListItem customer, AssignableOwner receiver) {
        return (customer.tier() == CustomerTier.KEY)
                == (receiver.role() == SalesRole.KEY_ACCOUNT_MANAGER);
    }

    private void spreadEvenly() {
        plan.clear();
        List<Long> byName =
                receivers.getSelectedItems().stream()
                        .sorted(Comparator.comparing(AssignableOwner::fullName))
                        .map(AssignableOwner::id)
                        .toList();
        plan.putAll(portfolios.spreadEvenly(leaving.id(), byName));
        grid.getDataProvider().refreshAll();
        updatePreview();
    }

    /** Assigns one customer to a receiver, as picking in its row does. */
    void assign(Long customerId, Long receiverId) {
        plan.put(customerId, receiverId);
        grid.getDataProvider().refreshAll();
        updatePreview();
    }

    private void updatePreview() {
        HandOverPreview preview = portfolios.previewHandOver(leaving.id(), plan);
        summary.removeAll();
        for (ReceiverLoad load : preview.receivers()) {
            String text =
                    load.max() == null
                            ? getTranslation(
                                    "handover.load.noLimit",
                                    load.receiverName(),
                                    load.before(),
                                    load.incoming(),
                                    load.after())
                            : getTranslation(
                                    "handover.load",
                                    load.receiverName(),
                                    load.before(),
                                    load.incoming(),
                                    load.after(),
                                    load.max());
            Span line = new Span(text);
            line.addClassNames("handover-load", load.withinLimit() ? "ok" : "over");
            summary.add(line);
        }
        if (!preview.unassigned().isEmpty()) {
            summary.add(
                    problem(getTranslation("handover.unassigned", preview.unassigned().size())));
            missingReceiverKind().ifPresent(key -> summary.add(problem(getTranslation(key))));
        }
        preview.tierConflicts()
                .forEach(
                        name ->
                                summary.add(
                                        problem(getTranslation("handover.tierConflict", name))));
        commit.setEnabled(preview.canCommit() && !portfolio.isEmpty());
    }

    /** Why spreading may leave customers over: no receiver of the role their tier needs. */
    private Optional<String> missingReceiverKind() {
        boolean keyCustomers = portfolio.stream().anyMatch(c -> c.tier() == CustomerTier.KEY);
        boolean standardCustomers = portfolio.stream().anyMatch(c -> c.tier() != CustomerTier.KEY);
        boolean kamChosen =
                receivers.getSelectedItems().stream()
                        .anyMatch(o -> o.role() == SalesRole.KEY_ACCOUNT_MANAGER);
        boolean otherChosen =
                receivers.getSelectedItems().stream()
                        .anyMatch(o -> o.role() != SalesRole.KEY_ACCOUNT_MANAGER);
        if (keyCustomers && !kamChosen) {
            return Optional.of("handover.needKam");
        }
        if (standardCustomers && !otherChosen) {
            return Optional.of("handover.needSeller");
        }
        return Optional.empty();
    }

    private Span problem(String text) {
        Span line = new Span(text);
        line.addClassNames("handover-load", "over");
        return line;
    }

    private void confirm() {
        Map<String, Long> counts =
                plan.values().stream()
                        .collect(
                                Collectors.groupingBy(
                                        id ->
                                                receivers.getSelectedItems().stream()
                                                        .filter(o -> o.id().equals(id))
                                                        .findFirst()
                                                        .map(AssignableOwner::fullName)
                                                        .orElse("?"),
                                        LinkedHashMap::new,
                                        Collectors.counting()));
        String to =
                counts.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", "));
        ConfirmDialog dialog =
                new ConfirmDialog(
                        getTranslation("handover.confirm.title"),
                        getTranslation(
                                "handover.confirm.text", portfolio.size(), leaving.fullName(), to),
                        getTranslation("handover.commit"),
                        e -> commit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void commit() {
        try {
            portfolios.handOver(leaving.id(), plan);
            Notification.show(
                            getTranslation("handover.done", portfolio.size(), leaving.fullName()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(TeamView.class));
        } catch (PortfolioRuleException refused) {
            summary.add(problem(getTranslation(refused.messageKey(), refused.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        String name = leaving == null ? "" : leaving.fullName();
        return getTranslation("handover.title", name) + " – " + getTranslation("app.name");
    }
}
