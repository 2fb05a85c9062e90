package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.SavedViewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SavedViewsMenuTest extends KaribuTest {

    @Autowired SavedViewService views;

    @Test
    void the_current_filters_are_saved_under_a_name_and_open_again_from_the_menu() {
        login(s.am1());
        UI.getCurrent()
                .navigate(
                        "customers",
                        QueryParameters.simple(Map.of("status", "ACTIVE", "q", "fjord")));
        MenuBar menu = _get(MenuBar.class, spec -> spec.withId("saved-views"));
        ContextMenuKt._clickItemWithCaption(menu, "Save this view…");
        _get(TextField.class, spec -> spec.withId("save-view-name"))
                .setValue("Active fjord customers");
        _click(_get(Button.class, spec -> spec.withId("save-view-confirm")));
        assertThat(views.views())
                .singleElement()
                .satisfies(view -> assertThat(view.query()).contains("status=ACTIVE", "q=fjord"));

        UI.getCurrent().navigate("customers");
        ContextMenuKt._clickItemWithCaption(
                _get(MenuBar.class, spec -> spec.withId("saved-views")), "Active fjord customers");
        assertThat(
                        UI.getCurrent()
                                .getInternals()
                                .getActiveViewLocation()
                                .getQueryParameters()
                                .getParameters())
                .containsEntry("status", java.util.List.of("ACTIVE"))
                .containsEntry("q", java.util.List.of("fjord"));
        assertThat(_get(TextField.class, spec -> spec.withId("search")).getValue())
                .isEqualTo("fjord");
    }
}
