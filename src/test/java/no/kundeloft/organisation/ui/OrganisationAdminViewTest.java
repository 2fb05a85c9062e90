package no.kundeloft.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.KaribuTest;
import no.kundeloft.organisation.OrganisationTree.TeamNode;
import org.junit.jupiter.api.Test;

class OrganisationAdminViewTest extends KaribuTest {

    private OrganisationAdminView open() {
        login(s.admin());
        UI.getCurrent().navigate("admin/organisation");
        return _get(OrganisationAdminView.class);
    }

    private String teamLine(Long teamId) {
        return _get(Div.class, spec -> spec.withId("team-" + teamId))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void teams_show_their_size_against_the_range() {
        open();
        assertThat(teamLine(s.t1().getId()))
                .contains("T1")
                .contains("Team leader: lead1 Testesen")
                .contains("own budget")
                .contains("3 sellers (should be 4–8)");
    }

    @Test
    void a_team_is_renamed_through_its_dialog() {
        OrganisationAdminView view = open();
        view.teamDialog(
                new TeamNode(
                        s.t2().getId(), "T2", s.lead2().getId(), "lead2 Testesen", false, 1, 1, 14),
                s.t2().getDepartment().getId());
        TextField name = _get(TextField.class, spec -> spec.withId("team-name"));
        name.setValue("Oslo Sentrum");
        _click(_get(Button.class, spec -> spec.withId("save-org")));
        assertThat(teamLine(s.t2().getId())).contains("Oslo Sentrum");
    }

    @Test
    void a_name_is_required() {
        OrganisationAdminView view = open();
        view.divisionDialog(null);
        _click(_get(Button.class, spec -> spec.withId("save-org")));
        TextField name =
                _find(TextField.class).stream()
                        .filter(f -> "Name".equals(f.getLabel()))
                        .findFirst()
                        .orElseThrow();
        assertThat(name.getErrorMessage()).isEqualTo("Name is required");
    }

    @Test
    void closing_a_team_with_people_is_refused_with_the_reason() {
        OrganisationAdminView view = open();
        view.confirmClose(new TeamNode(s.t1().getId(), "T1", null, null, true, 3, 4, 8));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.close(); // the browser closes the dialog as it sends the confirm event
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        NotificationsKt.expectNotifications(
                "T1 still has 4 active people: move them or merge the team instead.");
    }

    @Test
    void only_admins_open_it() {
        login(s.mgrA());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/organisation"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
