package no.kundeloft.revenue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import no.kundeloft.KaribuTest;
import org.junit.jupiter.api.Test;

class CorrectionDialogTest extends KaribuTest {

    @Test
    void a_manager_corrects_a_month_and_sees_it_in_the_history() {
        login(s.mgrA());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("correct-revenue")));
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        dialog.amount.setValue(new BigDecimal("1200"));
        dialog.reason.setValue("Faktura manglet");
        _click(dialog.save);
        assertThat(
                        _get(UnorderedList.class, spec -> spec.withId("revenue-corrections"))
                                .getElement()
                                .getTextRecursively())
                .contains("– → NOK\u00a01,200 — Faktura manglet (mgrA Testesen");
    }

    @Test
    void amount_and_reason_are_required() {
        login(s.mgrA());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("correct-revenue")));
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        _click(dialog.save);
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("Amount is required");
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Reason is required");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void sellers_get_no_correction_button() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Button.class, spec -> spec.withId("correct-revenue"))).isEmpty();
    }
}
