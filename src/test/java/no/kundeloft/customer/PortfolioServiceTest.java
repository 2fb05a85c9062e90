package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.organisation.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PortfolioServiceTest extends ScenarioTest {

    @Autowired PortfolioService portfolios;
    @Autowired CustomerService customers;
    @Autowired EntityManager em;

    private String ownerOf(Customer customer) {
        signIn.as(s.admin());
        return customers.get(customer.getId()).ownerName();
    }

    private void fillPortfolio(no.kundeloft.organisation.Employee owner, int count) {
        for (int i = 0; i < count; i++) {
            Customer customer = new Customer("Fyll " + i + " AS", null, Sector.PRIVATE, owner);
            customer.setStatus(CustomerStatus.ACTIVE);
            em.persist(customer);
        }
        em.flush();
    }

    @Test
    void a_team_leader_reassigns_within_the_team_and_the_ownership_periods_follow() {
        signIn.as(s.lead1());
        portfolios.reassign(List.of(s.c1().getId()), s.am2().getId());
        assertThat(ownerOf(s.c1())).isEqualTo("am2 Testesen");
        LocalDate today = TestClock.TODAY;
        assertThat(customers.get(s.c1().getId()).ownership())
                .extracting(p -> p.ownerName() + " " + p.from() + "–" + p.to())
                .containsExactly(
                        "am2 Testesen " + today + "–null",
                        "am1 Testesen 2026-03-01–" + today,
                        "am2 Testesen 2020-01-01–2026-03-01");
    }

    @Test
    void a_team_leader_reassigns_several_at_once() {
        signIn.as(s.lead1());
        portfolios.reassign(List.of(s.c1().getId(), s.c2().getId()), s.am2().getId());
        assertThat(ownerOf(s.c1())).isEqualTo("am2 Testesen");
        assertThat(ownerOf(s.c2())).isEqualTo("am2 Testesen");
    }

    @Test
    void a_team_leader_cannot_give_customers_to_another_team() {
        signIn.as(s.lead1());
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.c1().getId()), s.am3().getId()))
                .isInstanceOfSatisfying(
                        PortfolioRuleException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("portfolio.receiverNotAllowed");
                            assertThat(e.arguments())
                                    .as("someone outside the scope is named by id, not by name")
                                    .containsExactly(String.valueOf(s.am3().getId()));
                        });
        assertThat(ownerOf(s.c1())).isEqualTo("am1 Testesen");
    }

    @Test
    void a_team_leader_cannot_take_another_teams_customer() {
        signIn.as(s.lead1());
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.c4().getId()), s.am1().getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_sales_manager_reassigns_across_the_departments_teams() {
        signIn.as(s.mgrA());
        portfolios.reassign(List.of(s.c4().getId()), s.am1().getId());
        assertThat(ownerOf(s.c4())).isEqualTo("am1 Testesen");
        signIn.as(s.mgrA());
        assertThat(portfolios.receivers())
                .extracting(AssignableOwner::fullName)
                .containsExactly(
                        "am1 Testesen",
                        "am2 Testesen",
                        "am3 Testesen",
                        "kam1 Testesen",
                        "lead1 Testesen");
    }

    @Test
    void sellers_and_directors_cannot_reassign() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.c1().getId()), s.am2().getId()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.dir1());
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.c1().getId()), s.am2().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void key_customers_go_to_key_account_managers_only() {
        signIn.as(s.lead1());
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.k1().getId()), s.am2().getId()))
                .isInstanceOfSatisfying(
                        PortfolioRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portfolio.keyOnlyToKam"));
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.c1().getId()), s.kam1().getId()))
                .isInstanceOfSatisfying(
                        PortfolioRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portfolio.kamKeyOnly"));
    }

    @Test
    void going_over_the_limit_is_refused_naming_the_limit() {
        fillPortfolio(s.am2(), 199);
        signIn.as(s.lead1());
        assertThat(portfolios.previewReassign(List.of(s.c1().getId()), s.am2().getId()))
                .satisfies(
                        load -> {
                            assertThat(load.before()).isEqualTo(200);
                            assertThat(load.after()).isEqualTo(201);
                            assertThat(load.withinLimit()).isFalse();
                        });
        assertThatThrownBy(() -> portfolios.reassign(List.of(s.c1().getId()), s.am2().getId()))
                .isInstanceOfSatisfying(
                        PortfolioRuleException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("portfolio.overLimit");
                            assertThat(e.arguments()).containsExactly("am2 Testesen", 201L, 200);
                        });
        assertThat(ownerOf(s.c1())).isEqualTo("am1 Testesen");
    }

    @Test
    void lost_customers_do_not_count_against_the_limit() {
        fillPortfolio(s.am2(), 199);
        signIn.as(s.admin());
        s.c1().setStatus(CustomerStatus.LOST);
        signIn.as(s.lead1());
        portfolios.reassign(List.of(s.c1().getId()), s.am2().getId());
        assertThat(ownerOf(s.c1())).isEqualTo("am2 Testesen");
    }

    @Test
    void spreading_evenly_alternates_between_receivers() {
        signIn.as(s.lead1());
        Map<Long, Long> plan =
                portfolios.spreadEvenly(
                        s.am1().getId(), List.of(s.am2().getId(), s.lead1().getId()));
        assertThat(plan)
                .containsExactly(
                        Map.entry(s.c1().getId(), s.am2().getId()),
                        Map.entry(s.c2().getId(), s.lead1().getId()));
    }

    @Test
    void a_hand_over_is_previewed_then_committed_in_one_go() {
        signIn.as(s.lead1());
        Map<Long, Long> plan =
                portfolios.spreadEvenly(
                        s.am1().getId(), List.of(s.am2().getId(), s.lead1().getId()));
        HandOverPreview preview = portfolios.previewHandOver(s.am1().getId(), plan);
        assertThat(preview.canCommit()).isTrue();
        assertThat(preview.receivers())
                .extracting(ReceiverLoad::receiverName, ReceiverLoad::before, ReceiverLoad::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("am2 Testesen", 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple("lead1 Testesen", 0L, 1L));
        portfolios.handOver(s.am1().getId(), plan);
        assertThat(ownerOf(s.c1())).isEqualTo("am2 Testesen");
        assertThat(ownerOf(s.c2())).isEqualTo("lead1 Testesen");
        signIn.as(s.lead1());
        assertThat(portfolios.portfolioOf(s.am1().getId())).isEmpty();
    }

    @Test
    void a_hand_over_with_customers_left_over_is_refused() {
        signIn.as(s.lead1());
        Map<Long, Long> plan = Map.of(s.c1().getId(), s.am2().getId());
        assertThat(portfolios.previewHandOver(s.am1().getId(), plan).unassigned())
                .containsExactly("Havbris Transport AS");
        assertThatThrownBy(() -> portfolios.handOver(s.am1().getId(), plan))
                .isInstanceOfSatisfying(
                        PortfolioRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portfolio.unassigned"));
        assertThat(ownerOf(s.c1())).isEqualTo("am1 Testesen");
    }

    @Test
    void a_hand_over_breaking_one_rule_changes_nothing() {
        signIn.as(s.lead1());
        Map<Long, Long> plan =
                Map.of(s.c1().getId(), s.am2().getId(), s.c2().getId(), s.kam1().getId());
        HandOverPreview preview = portfolios.previewHandOver(s.am1().getId(), plan);
        assertThat(preview.tierConflicts()).containsExactly("Havbris Transport AS");
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> portfolios.handOver(s.am1().getId(), plan))
                .isInstanceOf(PortfolioRuleException.class);
        assertThat(ownerOf(s.c1())).isEqualTo("am1 Testesen");
        assertThat(ownerOf(s.c2())).isEqualTo("am1 Testesen");
    }

    @Test
    void a_team_leader_cannot_hand_over_another_teams_seller() {
        signIn.as(s.lead1());
        assertThatThrownBy(() -> portfolios.portfolioOf(s.am3().getId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () ->
                                portfolios.handOver(
                                        s.am3().getId(), Map.of(s.c4().getId(), s.am1().getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_leader_makes_a_customer_key_and_gives_it_to_a_key_account_manager() {
        signIn.as(s.lead1());
        portfolios.changeTier(s.c1().getId(), CustomerTier.KEY, s.kam1().getId());
        signIn.as(s.kam1());
        CustomerDetails details = customers.get(s.c1().getId());
        assertThat(details.tier()).isEqualTo(CustomerTier.KEY);
        assertThat(details.ownerName()).isEqualTo("kam1 Testesen");
    }

    @Test
    void a_key_customer_for_an_account_manager_is_refused_and_the_tier_stays() {
        signIn.as(s.lead1());
        assertThatThrownBy(
                        () ->
                                portfolios.changeTier(
                                        s.c1().getId(), CustomerTier.KEY, s.am2().getId()))
                .isInstanceOfSatisfying(
                        PortfolioRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portfolio.keyOnlyToKam"));
        signIn.as(s.am1());
        assertThat(customers.get(s.c1().getId()).tier()).isEqualTo(CustomerTier.STANDARD);
    }

    @Test
    void a_seller_cannot_change_a_tier() {
        signIn.as(s.am1());
        assertThatThrownBy(
                        () ->
                                portfolios.changeTier(
                                        s.c1().getId(), CustomerTier.KEY, s.kam1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
