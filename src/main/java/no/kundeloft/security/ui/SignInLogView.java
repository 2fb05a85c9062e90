package no.kundeloft.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.DateRange;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SignInLog.Outcome;
import no.kundeloft.security.SignInLogFilter;
import no.kundeloft.security.SignInLogService;
import no.kundeloft.security.SignInRecord;

/**
 * The admins' log of sign-in attempts: successful, failed and throttled, by username or address and
 * day.
 */
@Route("admin/sign-ins")
@RolesAllowed(Roles.ADMIN)
public class SignInLogView extends Div implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<Outcome> outcome = new Select<>();
    final DateRange days;
    final Grid<SignInRecord> grid = new Grid<>();
    private final Span count = new Span();
    private SignInLogFilter filter = SignInLogFilter.none();

    public SignInLogView(SignInLogService signIns) {
        addClassName("admin-view");
        text.setLabel(getTranslation("signins.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("signins-search");
        text.addValueChangeListener(e -> refilter());
        outcome.setLabel(getTranslation("signins.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("signins.allOutcomes"));
        outcome.setItemLabelGenerator(
                o -> o == null ? getTranslation("signins.allOutcomes") : outcomeName(o));
        outcome.setId("signins-outcome");
        outcome.addValueChangeListener(e -> refilter());
        days = new DateRange(this::refilter);
        count.addClassName("customer-count");
        Div filters = new Div(text, outcome, days, count);
        filters.addClassName("filters");

        grid.addColumn(r -> Formats.dateTime(r.at(), getLocale()))
                .setHeader(getTranslation("signins.when"))
                .setAutoWidth(true)
                .setKey("when");
        grid.addColumn(SignInRecord::username)
                .setHeader(getTranslation("signins.username"))
                .setAutoWidth(true)
                .setKey("username");
        grid.addColumn(SignInRecord::address)
                .setHeader(getTranslation("signins.address"))
                .setAutoWidth(true)
                .setKey("address");
        grid.addComponentColumn(
                        r -> {
                            Span badge = new Span(outcomeName(r.outcome()));
                            badge.addClassNames(
                                    "badge",
                                    r.outcome() == Outcome.SUCCESS
                                            ? "status-active"
                                            : "status-lost");
                            return badge;
                        })
                .setHeader(getTranslation("signins.outcome"))
                .setAutoWidth(true)
                .setKey("outcome");
        grid.setEmptyStateText(getTranslation("signins.empty"));
        grid.setItems(
                query -> signIns.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> {
                    long total = signIns.count(filter);
                    count.setText(
                            getTranslation("signins.count", Formats.number(total, getLocale())));
                    return (int) total;
                });
        grid.setHeight("70vh");
        add(
                AdminTabs.of(this, "admin/sign-ins"),
                new H2(getTranslation("signins.title")),
                new Paragraph(getTranslation("signins.intro")),
                filters,
                grid);
    }

    private String outcomeName(Outcome value) {
        return getTranslation("signins.outcome." + value.name().toLowerCase(Locale.ROOT));
    }

    private void refilter() {
        filter =
                new SignInLogFilter(
                        text.getValue(),
                        outcome.getValue(),
                        days.fromInstant(),
                        days.untilInstant());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signins.title") + " – " + getTranslation("app.name");
    }
}
