package no.kundeloft.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.organisation.Employee;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealForms;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.task.TaskForm;
import no.kundeloft.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who hears of what beyond visits and budgets: customers given to them, tasks given by someone
 * else, deals won in the team.
 */
class NotificationServiceTest extends ScenarioTest {

    @Autowired NotificationService notifications;
    @Autowired PortfolioService portfolio;
    @Autowired TaskService tasks;
    @Autowired DealService deals;

    private List<NotificationItem> of(Employee who) {
        signIn.as(who);
        return notifications.latest();
    }

    @Test
    void a_seller_hears_of_customers_given_to_them_by_name_with_a_link() {
        signIn.as(s.lead1());
        portfolio.reassign(List.of(s.c1().getId()), s.am2().getId());
        assertThat(of(s.am2()))
                .singleElement()
                .satisfies(
                        n -> {
                            assertThat(n.kind()).isEqualTo(NotificationKind.CUSTOMERS_ASSIGNED);
                            assertThat(n.actorName()).isEqualTo("lead1 Testesen");
                            assertThat(n.subject()).isEqualTo(s.c1().getName());
                            assertThat(n.link()).isEqualTo("customers/" + s.c1().getId());
                            assertThat(n.unread()).isTrue();
                        });
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(of(s.am1())).as("the previous owner is not told").isEmpty();
    }

    @Test
    void a_task_given_by_a_leader_is_told_and_ones_own_is_not() {
        signIn.as(s.lead1());
        tasks.create(
                new TaskForm(
                        "Prepare the offer",
                        s.c1().getId(),
                        s.am1().getId(),
                        TestClock.TODAY,
                        null));
        signIn.as(s.am1());
        tasks.create(new TaskForm("My own reminder", null, s.am1().getId(), TestClock.TODAY, null));
        assertThat(of(s.am1()))
                .singleElement()
                .satisfies(
                        n -> {
                            assertThat(n.kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
                            assertThat(n.subject()).isEqualTo("Prepare the offer");
                            assertThat(n.detail()).isEqualTo(s.c1().getName());
                        });
    }

    @Test
    void a_deal_won_is_told_to_the_winners_team_and_its_leader_but_not_the_winner_or_other_teams() {
        signIn.as(s.am1());
        DealDetails deal = deals.create(DealForms.growth(s.c1(), s.am1(), "Skyplattform"));
        Long won =
                deals.stages().stream()
                        .filter(stage -> "WON".equals(stage.code()))
                        .findFirst()
                        .orElseThrow()
                        .id();
        deals.move(deal.id(), deal.version(), won, "Best offer");

        for (Employee told : List.of(s.lead1(), s.am2(), s.kam1())) {
            assertThat(of(told))
                    .as(told.getUsername())
                    .singleElement()
                    .satisfies(
                            n -> {
                                assertThat(n.kind()).isEqualTo(NotificationKind.DEAL_WON);
                                assertThat(n.subject())
                                        .isEqualTo("Skyplattform · " + s.c1().getName());
                            });
        }
        for (Employee notTold : List.of(s.am1(), s.am3(), s.lead2(), s.mgrB())) {
            assertThat(of(notTold)).as(notTold.getUsername()).isEmpty();
        }
    }

    @Test
    void each_user_chooses_which_kinds_also_come_by_e_mail() {
        signIn.as(s.am1());
        assertThat(notifications.emailKinds()).isEmpty();
        notifications.chooseEmailKinds(
                EnumSet.of(NotificationKind.TASK_ASSIGNED, NotificationKind.DEAL_WON));
        notifications.chooseEmailKinds(EnumSet.of(NotificationKind.TASK_ASSIGNED));
        assertThat(notifications.emailKinds()).containsExactly(NotificationKind.TASK_ASSIGNED);
        signIn.as(s.am2());
        assertThat(notifications.emailKinds()).isEmpty();
    }
}
