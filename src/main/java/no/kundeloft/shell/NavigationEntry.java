package no.kundeloft.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.kundeloft.attainment.ui.AttainmentView;
import no.kundeloft.budget.ui.BudgetsView;
import no.kundeloft.calling.ui.CallsView;
import no.kundeloft.customer.ui.CustomerListView;
import no.kundeloft.dashboard.ui.HomeView;
import no.kundeloft.organisation.ui.AdminView;
import no.kundeloft.pipeline.ui.PipelineView;
import no.kundeloft.plan.ui.PlansView;
import no.kundeloft.stand.ui.StandsView;
import no.kundeloft.task.ui.TasksView;
import no.kundeloft.team.ui.TeamView;
import no.kundeloft.visit.ui.VisitsView;

/** The side navigation, in order; each user sees the entries their role may open. */
enum NavigationEntry {
    HOME(HomeView.class, "nav.home", VaadinIcon.HOME),
    TASKS(TasksView.class, "nav.tasks", VaadinIcon.CHECK_SQUARE_O),
    CALLS(CallsView.class, "nav.calls", VaadinIcon.PHONE),
    STANDS(StandsView.class, "nav.stands", VaadinIcon.SHOP),
    CUSTOMERS(CustomerListView.class, "nav.customers", VaadinIcon.BUILDING),
    VISITS(VisitsView.class, "nav.visits", VaadinIcon.CALENDAR),
    PIPELINE(PipelineView.class, "nav.pipeline", VaadinIcon.FUNNEL),
    ATTAINMENT(AttainmentView.class, "nav.attainment", VaadinIcon.TRENDING_UP),
    BUDGETS(BudgetsView.class, "nav.budgets", VaadinIcon.BULLSEYE),
    PLANS(PlansView.class, "nav.plans", VaadinIcon.CLIPBOARD_TEXT),
    TEAM(TeamView.class, "nav.team", VaadinIcon.GROUP),
    ADMIN(AdminView.class, "nav.admin", VaadinIcon.COG);

    private final Class<? extends Component> view;
    private final String titleKey;
    private final VaadinIcon icon;

    NavigationEntry(Class<? extends Component> view, String titleKey, VaadinIcon icon) {
        this.view = view;
        this.titleKey = titleKey;
        this.icon = icon;
    }

    Class<? extends Component> view() {
        return view;
    }

    String titleKey() {
        return titleKey;
    }

    VaadinIcon icon() {
        return icon;
    }
}
