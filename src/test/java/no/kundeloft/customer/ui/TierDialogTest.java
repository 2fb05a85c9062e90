package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.AssignableOwner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TierDialogTest extends KaribuTest {

    @Autowired CustomerService customers;

    @Test
    void a_leader_makes_a_customer_key_choosing_among_key_account_managers() {
        login(s.lead1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("change-tier")));
        TierDialog dialog = _get(TierDialog.class);
        assertThat(dialog.tier.getValue()).isEqualTo(CustomerTier.KEY);
        assertThat(dialog.owner.getListDataView().getItems().map(AssignableOwner::fullName))
                .containsExactly("kam1 Testesen");
        dialog.owner.setValue(dialog.owner.getListDataView().getItem(0));
        _click(dialog.apply);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(customers.get(s.c1().getId()).tier()).isEqualTo(CustomerTier.KEY);
        assertThat(customers.get(s.c1().getId()).ownerName()).isEqualTo("kam1 Testesen");
    }

    @Test
    void an_owner_must_be_chosen() {
        login(s.lead1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("change-tier")));
        TierDialog dialog = _get(TierDialog.class);
        _click(dialog.apply);
        assertThat(dialog.owner.isInvalid()).isTrue();
        assertThat(dialog.owner.getErrorMessage()).isEqualTo("New owner is required");
    }

    @Test
    void sellers_see_no_tier_or_owner_actions() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Button.class, spec -> spec.withId("change-tier"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("reassign-customer"))).isEmpty();
    }
}
