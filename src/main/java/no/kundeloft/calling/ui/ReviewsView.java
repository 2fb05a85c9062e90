package no.kundeloft.calling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.CallReviewService;
import no.kundeloft.calling.PersonChoice;
import no.kundeloft.calling.ReviewedCall;
import no.kundeloft.calling.ScorePoint;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.Roles;

/**
 * {@code /calls/reviews}: for team leaders, sales managers and directors the calls to listen to
 * (recorded, of their sellers, not reviewed by them yet) and those reviewed; for everyone who
 * calls, their own calls with recordings and reviews; and each seller's scores month by month.
 */
@Route("calls/reviews")
@RolesAllowed({
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN,
    Roles.TELESALES,
    Roles.MEETING_BOOKER,
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.FIELD_SALES
})
public class ReviewsView extends Div implements HasDynamicTitle {

    private enum Part {
        LISTEN,
        REVIEWED,
        MINE,
        SCORES
    }

    private final CallReviewService reviews;
    private final Long me;
    private final Tabs tabs = new Tabs();
    private final Map<Tab, Part> parts = new LinkedHashMap<>();
    private final Grid<ReviewedCall> grid = new Grid<>();
    private final Div scores = new Div();
    private Part shown;

    public ReviewsView(CallReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.me = currentUser.require().employeeId();
        addClassNames("visits-view", "reviews-view");
        add(new H2(getTranslation("callReview.title")));
        if (reviews.mayReview()) {
            tab(Part.LISTEN, getTranslation("review.toListenTo", reviews.countToListenTo()));
        }
        tab(Part.REVIEWED, getTranslation("review.reviewed"));
        if (!reviews.mayReview()) {
            tab(Part.MINE, getTranslation("review.myCalls"));
        }
        tab(Part.SCORES, getTranslation("review.scores"));
        tabs.addSelectedChangeListener(e -> show(parts.get(e.getSelectedTab())));
        grid.setId("reviews-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> Formats.dateTime(c.at(), getLocale()))
                .setHeader(getTranslation("review.when"))
                .setAutoWidth(true)
                .setKey("when");
        grid.addColumn(ReviewedCall::callerName)
                .setHeader(getTranslation("review.caller"))
                .setAutoWidth(true)
                .setKey("caller");
        grid.addColumn(
                        c ->
                                c.customerName()
                                        + (c.contactName() == null ? "" : " · " + c.contactName()))
                .setHeader(getTranslation("review.customer"))
                .setFlexGrow(2)
                .setKey("customer");
        grid.addColumn(c -> getTranslation("call.outcome." + c.outcome().name()))
                .setHeader(getTranslation("review.outcome"))
                .setAutoWidth(true)
                .setKey("outcome");
        grid.addComponentColumn(c -> c.hasRecording() ? VaadinIcon.HEADPHONES.create() : new Span())
                .setHeader(getTranslation("review.recording"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("recording");
        grid.addColumn(
                        c ->
                                c.reviews().isEmpty()
                                        ? ""
                                        : Formats.decimal(
                                                c.reviews().getLast().average(), getLocale()))
                .setHeader(getTranslation("review.score"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("score");
        grid.addItemClickListener(
                e -> new ReviewDialog(reviews, e.getItem().activityId(), me, this::refresh).open());
        grid.setHeight("65vh");
        scores.setId("review-scores");
        add(tabs, grid, scores);
        show(parts.values().iterator().next());
    }

    private void tab(Part part, String label) {
        Tab tab = new Tab(label);
        tab.setId("reviews-tab-" + part.name().toLowerCase(java.util.Locale.ROOT));
        parts.put(tab, part);
        tabs.add(tab);
    }

    private void show(Part part) {
        shown = part;
        grid.setVisible(part != Part.SCORES);
        scores.setVisible(part == Part.SCORES);
        switch (part) {
            case LISTEN ->
                    grid.setItems(
                            q -> reviews.toListenTo(q.getOffset(), q.getLimit()).stream(),
                            q -> (int) reviews.countToListenTo());
            case REVIEWED ->
                    grid.setItems(
                            q -> reviews.reviewed(q.getOffset(), q.getLimit()).stream(),
                            q -> (int) reviews.countReviewed());
            case MINE -> grid.setItems(q -> reviews.myCalls(q.getOffset(), q.getLimit()).stream());
            case SCORES -> showScores();
        }
        grid.setEmptyStateText(getTranslation("review.none." + part.name()));
    }

    private void refresh() {
        show(shown);
    }

    private void showScores() {
        scores.removeAll();
        List<PersonChoice> sellers = reviews.reviewedSellers();
        if (sellers.isEmpty()) {
            scores.add(new Span(getTranslation("review.noScores")));
            return;
        }
        Select<PersonChoice> seller = new Select<>();
        seller.setId("review-seller");
        seller.setLabel(getTranslation("callReview.seller"));
        seller.setItems(sellers);
        seller.setItemLabelGenerator(PersonChoice::fullName);
        Grid<ScorePoint> months = new Grid<>();
        months.setId("review-months");
        months.setAllRowsVisible(true);
        months.addColumn(p -> Formats.month(p.month(), getLocale()))
                .setHeader(getTranslation("review.month"));
        months.addColumn(ScorePoint::reviews).setHeader(getTranslation("review.count"));
        months.addColumn(p -> Formats.decimal(p.average(), getLocale()))
                .setHeader(getTranslation("review.average"));
        months.addComponentColumn(
                        p -> {
                            Div bar = new Div();
                            bar.addClassName("review-bar");
                            bar.getStyle()
                                    .set(
                                            "width",
                                            p.average()
                                                            .multiply(
                                                                    java.math.BigDecimal.valueOf(
                                                                            20))
                                                            .intValue()
                                                    + "%");
                            return bar;
                        })
                .setHeader("1–5")
                .setFlexGrow(2);
        seller.addValueChangeListener(
                e ->
                        months.setItems(
                                e.getValue() == null
                                        ? List.of()
                                        : reviews.scores(e.getValue().id())));
        seller.setValue(
                sellers.stream()
                        .filter(s -> s.id().equals(me))
                        .findFirst()
                        .orElse(sellers.getFirst()));
        scores.add(seller, months);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("callReview.title") + " – " + getTranslation("app.name");
    }
}
