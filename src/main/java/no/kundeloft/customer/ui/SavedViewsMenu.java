package no.kundeloft.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.Supplier;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.customer.SavedViewItem;
import no.kundeloft.customer.SavedViewService;

/**
 * The customer list's saved views: open one (mine, or shared by my team leader), save the current
 * filters and sort under a name (a team leader may share it with the team), delete one of mine.
 */
class SavedViewsMenu extends MenuBar {

    private final SavedViewService views;
    private final Supplier<QueryParameters> current;

    SavedViewsMenu(SavedViewService views, Supplier<QueryParameters> current) {
        this.views = views;
        this.current = current;
        setId("saved-views");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        build();
    }

    private void build() {
        removeAll();
        MenuItem root = addItem(VaadinIcon.BOOKMARK_O.create());
        root.add(getTranslation("views.menu"));
        SubMenu menu = root.getSubMenu();
        List<SavedViewItem> all = views.views();
        for (SavedViewItem view : all) {
            String label =
                    view.name()
                            + (view.shared()
                                    ? " · "
                                            + getTranslation(
                                                    view.mine()
                                                            ? "views.sharedByMe"
                                                            : "views.sharedBy",
                                                    view.ownerName())
                                    : "");
            menu.addItem(
                    label,
                    e ->
                            getUI().ifPresent(
                                            ui ->
                                                    ui.navigate(
                                                            "customers",
                                                            QueryParameters.fromString(
                                                                    view.query()))));
        }
        if (all.isEmpty()) {
            menu.addItem(getTranslation("views.none")).setEnabled(false);
        }
        menu.addComponent(new Hr());
        menu.addItem(getTranslation("views.save"), e -> askName()).setId("saved-views-save");
        List<SavedViewItem> mine = all.stream().filter(SavedViewItem::mine).toList();
        if (!mine.isEmpty()) {
            SubMenu delete = menu.addItem(getTranslation("views.delete")).getSubMenu();
            mine.forEach(
                    view ->
                            delete.addItem(
                                    view.name(),
                                    e ->
                                            Confirm.destructive(
                                                    this,
                                                    getTranslation("views.delete.title"),
                                                    getTranslation(
                                                            "views.delete.text", view.name()),
                                                    getTranslation("views.delete"),
                                                    () -> {
                                                        views.delete(view.id());
                                                        build();
                                                    })));
        }
    }

    private void askName() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("views.save"));
        dialog.setId("save-view-dialog");
        TextField name = new TextField(getTranslation("views.name"));
        name.setId("save-view-name");
        name.setMaxLength(SavedViewService.MAX_NAME);
        name.setWidthFull();
        Checkbox share = new Checkbox(getTranslation("views.share"));
        share.setId("save-view-share");
        share.setVisible(views.mayShare());
        dialog.add(name, share);
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            try {
                                views.save(
                                        name.getValue(),
                                        current.get().getQueryString(),
                                        share.getValue());
                                dialog.close();
                                Saved.show(this, "views.saved", name.getValue().strip());
                                build();
                            } catch (RefusedException refused) {
                                name.setErrorMessage(
                                        getTranslation(refused.messageKey(), refused.arguments()));
                                name.setInvalid(true);
                            }
                        });
        save.setId("save-view-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }
}
