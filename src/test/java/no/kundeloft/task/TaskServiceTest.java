package no.kundeloft.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.ActivityItem;
import no.kundeloft.customer.ActivityService;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.organisation.Employee;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealForms;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.visit.FollowUpForm;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitOutcome;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TaskServiceTest extends ScenarioTest {

    private static final LocalDate TODAY = TestClock.TODAY; // a Wednesday

    @Autowired TaskService tasks;
    @Autowired VisitService visits;
    @Autowired VisitQueries visitQueries;
    @Autowired PortfolioService portfolio;
    @Autowired ActivityService activities;
    @Autowired DealService deals;
    @Autowired EntityManager em;

    private TaskRow task(Customer customer, Employee assignee, String what, LocalDate due) {
        return tasks.create(
                new TaskForm(
                        what,
                        customer == null ? null : customer.getId(),
                        assignee.getId(),
                        due,
                        null));
    }

    private VisitDetails visit(Customer customer, Employee host, LocalDateTime start) {
        VisitForm form = new VisitForm();
        form.setCustomerId(customer.getId());
        form.setHostId(host.getId());
        form.setStart(start);
        form.setDurationMinutes(60);
        form.setMode(VisitMode.ON_SITE);
        form.setLocation("Storgata 1, Oslo");
        form.setPurpose("Yearly review");
        return visits.plan(form);
    }

    private static List<String> what(List<TaskRow> rows) {
        return rows.stream().map(TaskRow::description).toList();
    }

    @Test
    void a_visit_reports_next_step_is_a_task_of_its_owner_that_is_marked_done_in_the_list() {
        signIn.as(s.am1());
        VisitDetails past = visit(s.c1(), s.am1(), TestClock.DEFAULT.minusDays(2));
        VisitDetails reported =
                visits.report(
                        past.item().id(),
                        past.version(),
                        "They want a proposal",
                        VisitOutcome.POSITIVE,
                        List.of(
                                new FollowUpForm(
                                        "Send the proposal", s.am1().getId(), TODAY.plusDays(1))));

        List<TaskRow> open = tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50);
        assertThat(open)
                .singleElement()
                .satisfies(
                        task -> {
                            assertThat(task.description()).isEqualTo("Send the proposal");
                            assertThat(task.source()).isEqualTo(TaskSource.VISIT);
                            assertThat(task.sourceId()).isEqualTo(past.item().id());
                            assertThat(task.customerId()).isEqualTo(s.c1().getId());
                        });
        assertThat(reported.followUps())
                .extracting(VisitDetails.FollowUpItem::taskId)
                .containsExactly(open.getFirst().id());

        tasks.setDone(open.getFirst().id(), open.getFirst().version(), true);

        assertThat(tasks.count(TaskFilter.mine(TaskView.OPEN))).isZero();
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.DONE), 0, 50)))
                .containsExactly("Send the proposal");
        assertThat(visitQueries.get(past.item().id()).followUps())
                .extracting(VisitDetails.FollowUpItem::done)
                .containsExactly(true);
        assertThat(tasks.openAt(s.c1().getId())).isEmpty();
    }

    @Test
    void a_visit_that_ended_without_a_report_is_its_hosts_task_until_it_is_reported() {
        signIn.as(s.am1());
        VisitDetails ended = visit(s.c1(), s.am1(), TestClock.DEFAULT.minusDays(3));
        visit(s.c2(), s.am1(), TestClock.DEFAULT.plusDays(1));
        task(s.c1(), s.am1(), "Call the CFO", TODAY.minusDays(10));
        task(null, s.am1(), "Plan next week", TODAY);

        List<TaskRow> open = tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50);
        assertThat(open)
                .extracting(TaskRow::kind)
                .containsExactly(TaskRow.Kind.REPORT, TaskRow.Kind.TASK, TaskRow.Kind.TASK);
        assertThat(open.getFirst().sourceId()).isEqualTo(ended.item().id());
        assertThat(open.getFirst().dueDate()).isEqualTo(TODAY.minusDays(3));
        assertThat(tasks.count(TaskFilter.mine(TaskView.OPEN))).isEqualTo(3);
        assertThat(tasks.count(TaskFilter.mine(TaskView.OVERDUE))).isEqualTo(2);
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.OPEN), 1, 1)))
                .as("a page after the reports")
                .containsExactly("Call the CFO");
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 2)))
                .as("a page across both")
                .containsExactly("Yearly review", "Call the CFO");

        visits.report(
                ended.item().id(), ended.version(), "Went well", VisitOutcome.POSITIVE, List.of());

        assertThat(tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50))
                .extracting(TaskRow::kind)
                .doesNotContain(TaskRow.Kind.REPORT);
        signIn.as(s.am2());
        assertThat(tasks.count(TaskFilter.mine(TaskView.OPEN)))
                .as("another seller owes no report")
                .isZero();
    }

    @Test
    void a_calls_call_back_is_a_task_at_its_time_and_a_call_without_next_step_makes_none() {
        signIn.as(s.am1());
        activities.logCall(
                s.c1().getId(),
                new CallForm(null, CallOutcome.NO_ANSWER, 0, null, null, null, null, null));
        ActivityItem call =
                activities.logCall(
                        s.c1().getId(),
                        new CallForm(
                                null,
                                CallOutcome.CALL_BACK,
                                3,
                                "Busy in a meeting",
                                null,
                                "Call back Kari",
                                TODAY.plusDays(1),
                                LocalTime.of(14, 30)));

        assertThat(tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50))
                .singleElement()
                .satisfies(
                        task -> {
                            assertThat(task.description()).isEqualTo("Call back Kari");
                            assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(1));
                            assertThat(task.dueTime()).isEqualTo(LocalTime.of(14, 30));
                            assertThat(task.source()).isEqualTo(TaskSource.CALL);
                            assertThat(task.sourceId()).isEqualTo(call.id());
                            assertThat(task.customerId()).isEqualTo(s.c1().getId());
                        });
    }

    @Test
    void a_deals_next_step_with_a_day_is_its_owners_task_that_follows_the_deal_until_it_closes() {
        signIn.as(s.am1());
        DealForm form = DealForms.growth(s.c1(), s.am1(), "Skyplattform");
        form.setNextStep("Send the offer");
        form.setNextStepDue(TODAY.plusDays(2));
        DealDetails deal = deals.create(form);
        assertThat(tasks.openAt(s.c1().getId()))
                .singleElement()
                .satisfies(
                        task -> {
                            assertThat(task.source()).isEqualTo(TaskSource.DEAL);
                            assertThat(task.sourceId()).isEqualTo(deal.id());
                            assertThat(task.description()).isEqualTo("Send the offer");
                            assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(2));
                        });

        DealForm changed = DealForm.of(deals.get(deal.id()));
        changed.setNextStep("Meet the CFO");
        changed.setNextStepDue(TODAY.plusDays(5));
        DealDetails updated = deals.update(deal.id(), changed);
        assertThat(tasks.openAt(s.c1().getId()))
                .singleElement()
                .satisfies(
                        task -> {
                            assertThat(task.description()).isEqualTo("Meet the CFO");
                            assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(5));
                        });

        Long won =
                deals.stages().stream()
                        .filter(stage -> "WON".equals(stage.code()))
                        .findFirst()
                        .orElseThrow()
                        .id();
        deals.move(deal.id(), updated.version(), won, "Best offer");
        assertThat(tasks.openAt(s.c1().getId())).as("a won deal has no next step to do").isEmpty();
    }

    @Test
    void the_views_split_open_tasks_by_due_day_through_sunday() {
        signIn.as(s.am1());
        task(s.c1(), s.am1(), "Yesterday", TODAY.minusDays(1));
        task(s.c1(), s.am1(), "Today", TODAY);
        tasks.create(
                new TaskForm(
                        "Call back at two",
                        s.c1().getId(),
                        s.am1().getId(),
                        TODAY,
                        LocalTime.of(14, 0)));
        task(s.c1(), s.am1(), "Sunday", TODAY.plusDays(4));
        task(s.c1(), s.am1(), "Next Monday", TODAY.plusDays(5));

        assertThat(what(tasks.list(TaskFilter.mine(TaskView.OVERDUE), 0, 50)))
                .containsExactly("Yesterday");
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.TODAY), 0, 50)))
                .as("a day's timed tasks by time, then the others")
                .containsExactly("Call back at two", "Today");
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.WEEK), 0, 50)))
                .containsExactly("Call back at two", "Today", "Sunday");
        assertThat(tasks.count(TaskFilter.mine(TaskView.OPEN))).isEqualTo(5);
    }

    @Test
    void a_leader_gives_a_task_to_a_seller_of_the_team_and_reassigns_it_but_not_outside_the_team() {
        signIn.as(s.lead1());
        assertThat(tasks.assignees())
                .extracting(o -> o.id())
                .contains(s.lead1().getId(), s.am1().getId(), s.am2().getId())
                .doesNotContain(s.am3().getId(), s.am4().getId());
        TaskRow given = task(s.c1(), s.am1(), "Prepare the offer", TODAY.plusDays(2));
        assertThatThrownBy(() -> task(s.c1(), s.am3(), "Not my team", TODAY))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("task.refused.assignee");
        assertThat(what(tasks.list(new TaskFilter(TaskView.OPEN, s.am1().getId(), false), 0, 50)))
                .containsExactly("Prepare the offer");

        signIn.as(s.am1());
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50)))
                .containsExactly("Prepare the offer");
        assertThatThrownBy(() -> task(s.c1(), s.am2(), "For my colleague", TODAY))
                .isInstanceOf(TaskRefusedException.class);

        signIn.as(s.lead1());
        TaskRow moved =
                tasks.update(
                        given.id(),
                        given.version(),
                        new TaskForm(
                                "Prepare the offer",
                                null,
                                s.am2().getId(),
                                TODAY.plusDays(3),
                                null));
        assertThat(moved.assigneeId()).isEqualTo(s.am2().getId());
        assertThat(moved.customerId()).as("the customer stays").isEqualTo(s.c1().getId());
    }

    @Test
    void nobody_outside_the_scope_finds_or_changes_a_task() {
        signIn.as(s.am1());
        TaskRow mine = task(s.c1(), s.am1(), "Send the contract", TODAY);

        for (Employee outsider :
                List.of(s.am2(), s.am3(), s.lead2(), s.mgrB(), s.dir2(), s.booker())) {
            signIn.as(outsider);
            assertThat(tasks.list(new TaskFilter(TaskView.OPEN, null, true), 0, 50))
                    .as(outsider.getUsername())
                    .isEmpty();
            assertThat(tasks.count(new TaskFilter(TaskView.OPEN, s.am1().getId(), false)))
                    .as(outsider.getUsername())
                    .isZero();
            assertThatThrownBy(() -> tasks.get(mine.id()))
                    .as(outsider.getUsername())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tasks.setDone(mine.id(), mine.version(), true))
                    .isInstanceOf(NotFoundException.class);
        }
        for (Employee leader : List.of(s.lead1(), s.mgrA(), s.dir1())) {
            signIn.as(leader);
            assertThat(what(tasks.list(new TaskFilter(TaskView.OPEN, null, true), 0, 50)))
                    .as(leader.getUsername())
                    .containsExactly("Send the contract");
        }
        signIn.as(s.admin());
        assertThatThrownBy(() -> tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_task_changed_since_it_was_opened_is_refused_and_bad_input_is_named() {
        signIn.as(s.am1());
        TaskRow task = task(s.c1(), s.am1(), "Send the contract", TODAY);
        tasks.setDone(task.id(), task.version(), true);
        assertThatThrownBy(() -> tasks.update(task.id(), task.version(), TaskForm.of(task)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("task.refused.changed");
        assertThatThrownBy(
                        () -> tasks.create(new TaskForm(" ", null, s.am1().getId(), TODAY, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("description");
        assertThatThrownBy(
                        () ->
                                tasks.create(
                                        new TaskForm(
                                                "x".repeat(501),
                                                null,
                                                s.am1().getId(),
                                                TODAY,
                                                null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(
                        () ->
                                tasks.create(
                                        new TaskForm("No day", null, s.am1().getId(), null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("dueDate");
        assertThatThrownBy(
                        () ->
                                tasks.create(
                                        new TaskForm(
                                                "At a customer I cannot see",
                                                s.c4().getId(),
                                                s.am1().getId(),
                                                TODAY,
                                                null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_customers_new_owner_takes_over_the_open_tasks_there() {
        signIn.as(s.am1());
        TaskRow open = task(s.c1(), s.am1(), "Call the CFO", TODAY);
        TaskRow done = task(s.c1(), s.am1(), "Send the brochure", TODAY);
        tasks.setDone(done.id(), done.version(), true);

        signIn.as(s.lead1());
        portfolio.reassign(List.of(s.c1().getId()), s.am2().getId());
        em.flush();

        assertThat(tasks.get(open.id()).assigneeId()).isEqualTo(s.am2().getId());
        assertThat(tasks.get(done.id()).assigneeId())
                .as("done stays with who did it")
                .isEqualTo(s.am1().getId());
        signIn.as(s.am2());
        assertThat(what(tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 50)))
                .containsExactly("Call the CFO");
    }
}
