package no.kundeloft.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskForm;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;
import no.kundeloft.visit.FollowUpForm;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitOutcome;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TasksViewTest extends KaribuTest {

    @Autowired TaskService tasks;
    @Autowired VisitService visits;

    private VisitDetails visitOfAm1(LocalDateTime start) {
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(start);
        form.setMode(VisitMode.PHONE);
        form.setPurpose("Yearly review");
        return visits.plan(form);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> grid() {
        return _get(Grid.class, spec -> spec.withId("tasks-grid"));
    }

    @Test
    void a_seller_ticks_off_a_visits_next_step_and_finds_it_under_done() {
        login(s.am1());
        VisitDetails past = visitOfAm1(TestClock.DEFAULT.minusDays(1));
        visits.report(
                past.item().id(),
                past.version(),
                "Good talk",
                VisitOutcome.POSITIVE,
                List.of(
                        new FollowUpForm(
                                "Send the proposal",
                                s.am1().getId(),
                                TestClock.TODAY.minusDays(1))));
        visitOfAm1(TestClock.DEFAULT.minusDays(2));
        UI.getCurrent().navigate("tasks");

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).isReport()).as("the unreported visit first").isTrue();
        assertThat(GridKt._getCellComponent(grid(), 0, "done")).isInstanceOf(Button.class);
        assertThat(
                        ((Div) GridKt._getCellComponent(grid(), 1, "what"))
                                .getElement()
                                .getTextRecursively())
                .startsWith("Send the proposaloverdue" + s.c1().getName() + " · 16 Jun 2026");
        assertThat(((Anchor) GridKt._getCellComponent(grid(), 1, "origin")).getHref())
                .isEqualTo("visits/" + past.item().id());

        Checkbox done = (Checkbox) GridKt._getCellComponent(grid(), 1, "done");
        done.setValue(true);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(tasks.count(TaskFilter.mine(TaskView.DONE))).isEqualTo(1);

        Tabs views = _get(Tabs.class);
        views.setSelectedTab(_get(Tab.class, spec -> spec.withId("tasks-tab-done")));
        assertThat(GridKt._findAll(grid()))
                .extracting(TaskRow::description)
                .containsExactly("Send the proposal");
    }

    @Test
    void a_new_task_needs_what_and_when_and_lands_in_the_list() {
        login(s.am1());
        UI.getCurrent().navigate("tasks");
        assertThat(GridKt._size(grid())).isZero();

        _click(_get(Button.class, spec -> spec.withId("task-new")));
        _get(DatePicker.class, spec -> spec.withId("task-due")).clear();
        _click(_get(Button.class, spec -> spec.withId("task-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("task-description")).getErrorMessage())
                .isEqualTo("Say what is to be done.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("task-due")).getErrorMessage())
                .isEqualTo("Choose the day it is due.");
        @SuppressWarnings("unchecked")
        ComboBox<OwnerOption> who = _get(ComboBox.class, spec -> spec.withId("task-assignee"));
        assertThat(who.isReadOnly()).as("a seller's tasks are their own").isTrue();

        _get(TextArea.class, spec -> spec.withId("task-description")).setValue("Plan next week");
        _get(DatePicker.class, spec -> spec.withId("task-due"))
                .setValue(TestClock.TODAY.plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("task-save")));

        assertThat(GridKt._findAll(grid()))
                .extracting(TaskRow::description)
                .containsExactly("Plan next week");
        assertThat(GridKt._get(grid(), 0).customerId()).isNull();
    }

    @Test
    void a_leader_picks_whose_tasks_and_the_address_keeps_the_choice() {
        login(s.am1());
        tasks.create(
                new TaskForm(
                        "Call the CFO",
                        s.c1().getId(),
                        s.am1().getId(),
                        TestClock.TODAY.minusDays(3),
                        null));
        login(s.lead1());
        UI.getCurrent()
                .navigate(
                        "tasks",
                        QueryParameters.simple(
                                Map.of(
                                        "view",
                                        "overdue",
                                        "person",
                                        String.valueOf(s.am1().getId()))));
        assertThat(_get(Tabs.class).getSelectedTab().getId()).hasValue("tasks-tab-overdue");
        assertThat(GridKt._findAll(grid()))
                .extracting(TaskRow::description)
                .containsExactly("Call the CFO");

        UI.getCurrent().navigate("tasks", QueryParameters.simple(Map.of("person", "all")));
        assertThat(GridKt._findAll(grid()))
                .extracting(TaskRow::assigneeName)
                .containsExactly("am1 Testesen");

        login(s.am3());
        UI.getCurrent().navigate("tasks", QueryParameters.simple(Map.of("person", "all")));
        assertThat(_find(ComboBox.class, spec -> spec.withId("tasks-person")))
                .as("a seller picks nobody else")
                .isEmpty();
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void the_home_page_lists_my_first_tasks_and_links_to_all() {
        login(s.am1());
        for (int i = 1; i <= 9; i++) {
            tasks.create(
                    new TaskForm(
                            "Task " + i,
                            null,
                            s.am1().getId(),
                            TestClock.TODAY.plusDays(i - 2),
                            null));
        }
        UI.getCurrent().navigate("");
        Div card = _get(Div.class, spec -> spec.withId("my-tasks"));
        assertThat(_get(card, H3.class).getText()).isEqualTo("My tasks (9 open, 1 overdue)");
        assertThat(card.getElement().getTextRecursively())
                .contains("Task 1", "Task 8")
                .doesNotContain("Task 9");
        assertThat(_get(Anchor.class, spec -> spec.withId("my-tasks-all")).getText())
                .isEqualTo("See all 9");
    }

    @Test
    void the_customer_page_lists_its_open_tasks_ticked_off_in_place() {
        login(s.am1());
        tasks.create(
                new TaskForm(
                        "Call the CFO", s.c1().getId(), s.am1().getId(), TestClock.TODAY, null));
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        Div section = _get(Div.class, spec -> spec.withId("customer-tasks"));
        assertThat(section.getElement().getTextRecursively()).contains("am1 Testesen");
        _get(section, Checkbox.class, spec -> spec.withLabel("Call the CFO")).setValue(true);
        assertThat(
                        _get(Div.class, spec -> spec.withId("customer-tasks"))
                                .getElement()
                                .getTextRecursively())
                .contains("No open tasks at this customer.");

        _click(_get(Button.class, spec -> spec.withId("customer-new-task")));
        _get(TextArea.class, spec -> spec.withId("task-description")).setValue("Send the brochure");
        _click(_get(Button.class, spec -> spec.withId("task-save")));
        assertThat(tasks.openAt(s.c1().getId()))
                .extracting(TaskRow::description)
                .containsExactly("Send the brochure");
        assertThat(
                        _find(
                                _get(Div.class, spec -> spec.withId("customer-tasks")),
                                Checkbox.class,
                                spec -> spec.withLabel("Send the brochure")))
                .hasSize(1);
    }

    @Test
    void the_admin_has_no_task_list() {
        login(s.admin());
        assertThatThrownBy(() -> UI.getCurrent().navigate("tasks"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
