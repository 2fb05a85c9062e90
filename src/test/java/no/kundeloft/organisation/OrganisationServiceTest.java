package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.SignIn;
import no.kundeloft.organisation.OrganisationWarning.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class OrganisationServiceTest extends ScenarioTest {

    @Autowired OrganisationService organisation;

    @Test
    void each_role_gets_its_record_scope() {
        signIn.as(s.am1());
        assertThat(organisation.currentScope()).isEqualTo(RecordScope.owner(s.am1().getId()));
        signIn.as(s.lead1());
        assertThat(organisation.currentScope())
                .isEqualTo(
                        new RecordScope(RecordScope.Level.TEAMS, java.util.Set.of(s.t1().getId())));
        signIn.as(s.booker());
        assertThat(organisation.currentScope().level()).isEqualTo(RecordScope.Level.TEAMS);
        assertThat(organisation.currentScope().ids()).containsExactly(s.t1().getId());
        signIn.as(s.mgrA());
        assertThat(organisation.currentScope().level()).isEqualTo(RecordScope.Level.DEPARTMENTS);
        signIn.as(s.dir1());
        assertThat(organisation.currentScope().level()).isEqualTo(RecordScope.Level.DIVISIONS);
        signIn.as(s.admin());
        assertThat(organisation.currentScope()).isEqualTo(RecordScope.all());
    }

    @Test
    void the_scope_covers_the_sellers_under_it_in_memory_as_in_queries() {
        RecordScope team1 = new RecordScope(RecordScope.Level.TEAMS, Set.of(s.t1().getId()));
        assertThat(team1.covers(s.am1())).isTrue();
        assertThat(team1.covers(s.am3())).as("team T2").isFalse();
        RecordScope eastern =
                new RecordScope(
                        RecordScope.Level.DEPARTMENTS, Set.of(s.t1().getDepartment().getId()));
        assertThat(eastern.covers(s.am3())).isTrue();
        assertThat(eastern.covers(s.am4())).as("department Vest").isFalse();
        RecordScope privat =
                new RecordScope(
                        RecordScope.Level.DIVISIONS,
                        Set.of(s.t1().getDepartment().getDivision().getId()));
        assertThat(privat.covers(s.am4())).isTrue();
        assertThat(privat.covers(s.am5())).as("division Offentlig").isFalse();
        assertThat(RecordScope.owner(s.am1().getId()).covers(s.am2())).isFalse();
        assertThat(new RecordScope(RecordScope.Level.TEAMS, Set.of()).covers(s.am1()))
                .as("a leader without a team")
                .isFalse();
        assertThat(RecordScope.all().covers(s.am5())).isTrue();
    }

    @Test
    void the_scope_names_the_path_from_the_unit_it_is_given_up_to_its_level() {
        RecordScope divisions = new RecordScope(RecordScope.Level.DIVISIONS, Set.of(1L));
        assertThat(divisions.jpql("c.owner"))
                .isEqualTo("c.owner.team.department.division.id in :scopeIds");
        assertThat(divisions.jpql(RecordScope.Level.DEPARTMENTS, "d"))
                .isEqualTo("d.division.id in :scopeIds");
        RecordScope teams = new RecordScope(RecordScope.Level.TEAMS, Set.of(1L));
        assertThat(teams.jpql(RecordScope.Level.TEAMS, "t")).isEqualTo("t.id in :scopeIds");
        assertThat(teams.jpql(RecordScope.Level.DEPARTMENTS, "d"))
                .as("a team leader never holds a whole department")
                .isEqualTo("1 = 0");
        assertThat(new RecordScope(RecordScope.Level.TEAMS, Set.of()).jpql("e")).isEqualTo("1 = 0");
        assertThat(RecordScope.all().jpql("e")).isEqualTo("1 = 1");
    }

    @Test
    void the_scope_is_read_once_per_request_and_again_in_the_next() {
        signIn.as(s.lead1());
        try {
            RequestContextHolder.setRequestAttributes(
                    new ServletRequestAttributes(new MockHttpServletRequest()));
            RecordScope first = organisation.currentScope();
            assertThat(organisation.currentScope()).isSameAs(first);
            signIn.as(s.mgrA());
            assertThat(organisation.currentScope().level())
                    .as("another user in the same request")
                    .isEqualTo(RecordScope.Level.DEPARTMENTS);
            signIn.as(s.lead1());
            RequestContextHolder.setRequestAttributes(
                    new ServletRequestAttributes(new MockHttpServletRequest()));
            assertThat(organisation.currentScope()).isNotSameAs(first).isEqualTo(first);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void a_team_counts_its_sellers_without_the_leader() {
        signIn.as(s.lead1());
        assertThat(organisation.myTeams())
                .singleElement()
                .satisfies(
                        team -> {
                            assertThat(team.name()).isEqualTo("T1");
                            assertThat(team.sellers()).isEqualTo(3);
                            assertThat(team.leaderName()).isEqualTo("lead1 Testesen");
                        });
    }

    @Test
    void a_seller_sees_their_own_team_and_a_manager_the_departments_teams() {
        signIn.as(s.am3());
        assertThat(organisation.myTeams()).extracting(TeamSummary::name).containsExactly("T2");
        signIn.as(s.mgrA());
        assertThat(organisation.myTeams())
                .extracting(TeamSummary::name)
                .containsExactly("T1", "T2");
        signIn.as(s.dir1());
        assertThat(organisation.myTeams())
                .extracting(TeamSummary::name)
                .containsExactly("T1", "T2", "T3");
    }

    @Test
    void a_team_with_own_budget_under_four_sellers_warns_its_leader_and_manager() {
        signIn.as(s.lead1());
        assertThat(organisation.teamSizeWarnings())
                .singleElement()
                .isEqualTo(new OrganisationWarning(Kind.TEAM_TOO_SMALL, "T1", 3, 4, 8));
        signIn.as(s.mgrA());
        assertThat(organisation.teamSizeWarnings())
                .extracting(OrganisationWarning::subject)
                .containsExactly("T1");
    }

    @Test
    void team_size_warnings_are_not_shown_to_sellers() {
        signIn.as(s.am1());
        assertThat(organisation.teamSizeWarnings()).isEmpty();
    }

    @Test
    void a_team_without_own_budget_of_one_seller_is_within_range() {
        signIn.as(s.lead2());
        assertThat(organisation.teamSizeWarnings()).isEmpty();
    }

    @Test
    void a_portfolio_under_its_minimum_warns_the_owner_and_the_leader() {
        signIn.as(s.am1());
        assertThat(organisation.portfolioWarnings(ids -> id -> 2L))
                .singleElement()
                .isEqualTo(
                        new OrganisationWarning(
                                Kind.PORTFOLIO_UNDER_MINIMUM, "am1 Testesen", 2, 20, 200));
        signIn.as(s.lead1());
        assertThat(
                        organisation.portfolioWarnings(
                                ids -> id -> id.equals(s.kam1().getId()) ? 3L : 25L))
                .extracting(OrganisationWarning::kind)
                .isEmpty();
        assertThat(
                        organisation.portfolioWarnings(
                                ids -> id -> id.equals(s.kam1().getId()) ? 11L : 25L))
                .containsExactly(
                        new OrganisationWarning(
                                Kind.PORTFOLIO_OVER_MAXIMUM, "kam1 Testesen", 11, 1, 10));
    }

    @Test
    void portfolio_warnings_are_not_shown_to_a_booker() {
        signIn.as(s.booker());
        assertThat(organisation.portfolioWarnings(ids -> id -> 0L)).isEmpty();
    }

    @Test
    void the_preferred_language_is_stored_for_the_current_user_only() {
        signIn.as(s.am1());
        organisation.changePreferredLanguage("nb");
        assertThat(organisation.preferredLanguage()).isEqualTo("nb");
        signIn.as(s.am2());
        assertThat(organisation.preferredLanguage()).isEqualTo("en");
    }

    @Test
    void nobody_signed_in_is_refused() {
        SignIn.out();
        assertThatThrownBy(() -> organisation.myTeams())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
