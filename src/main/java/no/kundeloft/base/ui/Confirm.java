package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question before a step that cannot be undone: its button marked as dangerous, and a way out.
 */
public final class Confirm {

    private Confirm() {}

    /**
     * Opens the dialog ({@code title}, {@code text} and {@code confirm} already translated); {@code
     * action} runs on confirm.
     */
    public static ConfirmDialog destructive(
            Component owner, String title, String text, String confirm, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirm, event -> action.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("common.cancel"));
        dialog.open();
        return dialog;
    }
}
