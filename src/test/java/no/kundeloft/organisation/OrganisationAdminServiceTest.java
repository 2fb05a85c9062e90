package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.OrganisationTree.TeamNode;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OrganisationAdminServiceTest extends ScenarioTest {

    @Autowired OrganisationAdminService orgAdmin;
    @Autowired CustomerService customers;
    @Autowired TeamRepository teams;

    private TeamNode teamNode(String name) {
        return orgAdmin.tree().divisions().stream()
                .flatMap(d -> d.departments().stream())
                .flatMap(d -> d.teams().stream())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_admin_builds_a_division_department_and_team_with_a_leader() {
        signIn.as(s.admin());
        Long division =
                orgAdmin.saveDivision(null, "Danmark", "DK", Sector.PRIVATE, s.dir2().getId());
        Long department = orgAdmin.saveDepartment(null, "København", division, s.mgrB().getId());
        orgAdmin.saveTeam(null, "Nyhavn", department, s.lead2().getId(), true);
        var danmark =
                orgAdmin.tree().divisions().stream()
                        .filter(d -> d.name().equals("Danmark"))
                        .findFirst()
                        .orElseThrow();
        assertThat(danmark.directorName()).isEqualTo("dir2 Testesen");
        assertThat(danmark.departments())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.managerName()).isEqualTo("mgrB Testesen");
                            assertThat(d.teams())
                                    .singleElement()
                                    .satisfies(
                                            t -> {
                                                assertThat(t.leaderName())
                                                        .isEqualTo("lead2 Testesen");
                                                assertThat(t.sellers()).isZero();
                                                assertThat(t.sizeOk()).isFalse();
                                            });
                        });
        assertThat(s.lead2().getTeam().getName()).isEqualTo("Nyhavn");
    }

    @Test
    void team_sizes_are_warned_about_not_enforced() {
        signIn.as(s.admin());
        assertThat(teamNode("T1"))
                .satisfies(
                        t -> {
                            assertThat(t.sellers()).isEqualTo(3);
                            assertThat(t.min()).isEqualTo(4);
                            assertThat(t.sizeOk()).isFalse();
                        });
        assertThat(teamNode("T2").sizeOk()).isTrue();
    }

    @Test
    void moving_a_team_moves_its_customers_into_the_new_departments_scope() {
        signIn.as(s.admin());
        Long vest = departmentOf("T3");
        orgAdmin.saveTeam(s.t2().getId(), "T2", vest, s.lead2().getId(), false);
        signIn.as(s.mgrB());
        assertThat(customers.count(CustomerFilter.text("Glomma Data"))).isEqualTo(1);
        signIn.as(s.mgrA());
        assertThat(customers.count(CustomerFilter.text("Glomma Data"))).isZero();
    }

    private Long departmentOf(String teamName) {
        return teams.findAll().stream()
                .filter(t -> t.getName().equals(teamName))
                .findFirst()
                .orElseThrow()
                .getDepartment()
                .getId();
    }

    @Test
    void merging_moves_every_member_and_removes_the_team() {
        signIn.as(s.admin());
        orgAdmin.mergeTeam(s.t2().getId(), s.t1().getId());
        assertThat(s.am3().getTeam()).isEqualTo(s.t1());
        assertThat(teams.findById(s.t2().getId())).isEmpty();
        signIn.as(s.lead1());
        assertThat(customers.count(CustomerFilter.text("Glomma Data"))).isEqualTo(1);
    }

    @Test
    void a_team_with_people_is_not_closed() {
        signIn.as(s.admin());
        assertThatThrownBy(() -> orgAdmin.closeTeam(s.t1().getId()))
                .isInstanceOfSatisfying(
                        AdminRuleException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("orgadmin.teamNotEmpty");
                            assertThat(e.arguments()).containsExactly("T1", 4L);
                        });
    }

    @Test
    void an_empty_team_is_closed_and_no_longer_served() {
        signIn.as(s.admin());
        Long empty = orgAdmin.saveTeam(null, "Tom", departmentOf("T1"), null, false);
        s.booker().getServedTeams().add(teams.findById(empty).orElseThrow());
        orgAdmin.closeTeam(empty);
        assertThat(teams.findById(empty)).isEmpty();
        assertThat(s.booker().getServedTeams()).containsExactly(s.t1());
    }

    @Test
    void positions_need_the_matching_role() {
        signIn.as(s.admin());
        assertThatThrownBy(
                        () ->
                                orgAdmin.saveDivision(
                                        null, "Feil", "NO", Sector.PUBLIC, s.am1().getId()))
                .isInstanceOfSatisfying(
                        AdminRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("orgadmin.wrongRole"));
        assertThat(orgAdmin.people(SalesRole.SALES_MANAGER))
                .extracting(OrganisationTree.PersonOption::fullName)
                .containsExactly("mgrA Testesen", "mgrB Testesen", "mgrC Testesen");
    }

    @Test
    void only_admins_change_the_organisation() {
        signIn.as(s.mgrA());
        assertThatThrownBy(() -> orgAdmin.tree()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orgAdmin.mergeTeam(s.t2().getId(), s.t1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
