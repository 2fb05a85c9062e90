package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.pipeline.StageOutcome;

/**
 * Asks why a deal dropped on Won or Lost was won or lost; nothing moves until the reason is given.
 */
class CloseDealDialog extends Dialog {

    CloseDealDialog(DealRow deal, StageOption stage, Consumer<String> confirmed) {
        boolean won = stage.outcome() == StageOutcome.WON;
        setId("close-deal-dialog");
        setHeaderTitle(
                getTranslation(won ? "deal.close.wonTitle" : "deal.close.lostTitle", deal.title()));
        TextArea reason =
                new TextArea(
                        getTranslation(won ? "deal.close.wonReason" : "deal.close.lostReason"));
        reason.setId("close-deal-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequired(true);
        add(reason);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("close-deal-cancel");
        Button confirm =
                new Button(
                        getTranslation(won ? "deal.close.markWon" : "deal.close.markLost"),
                        e -> {
                            if (reason.getValue().isBlank()) {
                                reason.setErrorMessage(getTranslation("deal.reason.required"));
                                reason.setInvalid(true);
                                return;
                            }
                            close();
                            confirmed.accept(reason.getValue());
                        });
        confirm.addThemeVariants(
                ButtonVariant.LUMO_PRIMARY,
                won ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        confirm.setId("close-deal-confirm");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(
                e -> {
                    if (e.isOpened()) {
                        reason.focus();
                    }
                });
    }
}
