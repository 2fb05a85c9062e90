package no.kundeloft.calling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.base.ui.ServerAddress;

/**
 * Shows a new wall-screen address once: only its fingerprint is kept, so it cannot be shown again.
 */
final class WallAddressDialog {

    private WallAddressDialog() {}

    static void open(Component owner, String path) {
        Dialog dialog = new Dialog();
        dialog.setId("wall-address-dialog");
        dialog.setHeaderTitle(owner.getTranslation("board.openWall"));
        TextField link = new TextField();
        link.setId("wall-address");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(ServerAddress.base() + "/" + path);
        dialog.add(new Paragraph(owner.getTranslation("board.wallText")), link);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.getFooter()
                .add(new Button(owner.getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
