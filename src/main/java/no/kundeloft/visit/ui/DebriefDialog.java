package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import no.kundeloft.visit.VisitDetails;

/** A participant's debrief note on the host's report, once the visit has started. */
final class DebriefDialog extends Dialog {

    /** {@code save} saves a note and answers whether it was saved. */
    DebriefDialog(VisitDetails visit, Predicate<String> save) {
        setHeaderTitle(getTranslation("visit.debrief"));
        setId("debrief-dialog");
        TextArea note = new TextArea(getTranslation("visit.debriefTitle"));
        note.setId("debrief-note");
        note.setWidth("min(36rem, 90vw)");
        note.setMaxLength(4000);
        note.setValue(visit.debrief() == null ? "" : visit.debrief());
        add(note);
        Button saveButton =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            if (save.test(note.getValue())) {
                                close();
                            }
                        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("debrief-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), saveButton);
    }
}
