package no.kundeloft.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.KaribuTest;
import no.kundeloft.pipeline.StageOption;
import org.junit.jupiter.api.Test;

class StagesViewTest extends KaribuTest {

    @Test
    void an_admin_adds_a_stage_and_a_duplicate_is_named_under_the_field() {
        login(s.admin());
        UI.getCurrent().navigate("admin/stages");
        @SuppressWarnings("unchecked")
        Grid<StageOption> grid = _get(Grid.class, spec -> spec.withId("stages-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(6);

        _get(TextField.class, spec -> spec.withId("stage-name")).setValue("Pilot");
        _get(IntegerField.class, spec -> spec.withId("stage-probability")).setValue(60);
        _click(_get(Button.class, spec -> spec.withId("stage-add")));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._get(grid, 4).name()).isEqualTo("Pilot");

        _get(TextField.class, spec -> spec.withId("stage-name")).setValue("pilot");
        _get(IntegerField.class, spec -> spec.withId("stage-probability")).setValue(60);
        _click(_get(Button.class, spec -> spec.withId("stage-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("stage-name")).getErrorMessage())
                .isEqualTo("There is already a stage called pilot.");
        assertThat(GridKt._size(grid)).isEqualTo(7);
    }

    @Test
    void a_sales_manager_may_not_open_it() {
        login(s.mgrA());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/stages"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
