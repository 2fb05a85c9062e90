package no.kundeloft.calling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import no.kundeloft.calling.CallListImportService;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallQueue;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;

/**
 * {@code /calls}: a telesales seller or meeting booker calls through the lists given to them
 * ({@code ?list=ID}); leaders build and follow their call lists.
 */
@Route("calls")
@RolesAllowed({
    Roles.TELESALES,
    Roles.MEETING_BOOKER,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class CallsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<SalesRole> BOARD_READERS =
            Set.of(
                    SalesRole.TELESALES,
                    SalesRole.TEAM_LEADER,
                    SalesRole.SALES_MANAGER,
                    SalesRole.SALES_DIRECTOR,
                    SalesRole.ADMIN);

    private final CallerPanel caller;

    public CallsView(
            CallListService lists,
            CallListImportService imports,
            CallQueue queue,
            CurrentUser currentUser) {
        addClassNames("visits-view", "calls-view");
        boolean calling =
                Set.of(SalesRole.TELESALES, SalesRole.MEETING_BOOKER)
                        .contains(currentUser.require().role());
        Div links = new Div();
        links.addClassName("calls-links");
        if (BOARD_READERS.contains(currentUser.require().role())) {
            RouterLink board = new RouterLink(getTranslation("board.open"), TeamBoardView.class);
            board.setId("calls-board-link");
            links.add(board);
        }
        RouterLink reviews = new RouterLink(getTranslation("callReview.open"), ReviewsView.class);
        reviews.setId("calls-reviews-link");
        links.add(reviews);
        Div header = new Div(new H2(getTranslation("calls.title")), links);
        header.addClassName("visits-header");
        add(header);
        if (calling) {
            caller = new CallerPanel(lists, queue);
            add(caller);
        } else {
            caller = null;
            add(new CallListsPanel(lists, imports));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (caller != null) {
            caller.open(
                    event.getLocation()
                            .getQueryParameters()
                            .getSingleParameter("list")
                            .map(CallsView::id)
                            .orElse(null));
        }
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calls.title") + " – " + getTranslation("app.name");
    }
}
