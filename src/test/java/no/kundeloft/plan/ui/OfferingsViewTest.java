package no.kundeloft.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.KaribuTest;
import no.kundeloft.plan.Offering;
import no.kundeloft.plan.OfferingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfferingsViewTest extends KaribuTest {

    @Autowired OfferingService offerings;

    @Test
    void an_admin_adds_an_offering_and_a_blank_name_is_refused_on_the_field() {
        login(s.admin());
        UI.getCurrent().navigate("admin/offerings");
        @SuppressWarnings("unchecked")
        Grid<Offering> grid = _get(Grid.class, spec -> spec.withId("offerings-grid"));
        int before = GridKt._size(grid);
        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("offering-name")).isInvalid())
                .isTrue();
        _get(TextField.class, spec -> spec.withId("offering-name")).setValue("Skylagring");
        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(offerings.all()).extracting(Offering::getName).contains("Skylagring");
    }
}
