package no.kundeloft.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A "Columns" button that shows and hides a grid's optional columns. Each optional column is shown
 * from a width up (a laptop, or only when asked for), so the columns that matter fit first; what
 * the user picks stays picked.
 */
public class ColumnPicker extends Button {

    /** From which screen an optional column is shown without being asked for. */
    public enum Shown {
        WIDE_AND_PHONE,
        WIDE,
        WHEN_PICKED
    }

    private final ContextMenu menu = new ContextMenu(this);
    private final Map<Grid.Column<?>, Shown> optional = new LinkedHashMap<>();
    private final Map<Grid.Column<?>, MenuItem> items = new LinkedHashMap<>();
    private final Map<Grid.Column<?>, Boolean> picked = new LinkedHashMap<>();

    public ColumnPicker(Grid<?> grid) {
        super(grid.getTranslation("columns.pick"), VaadinIcon.GRID_H.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("column-picker");
        menu.setOpenOnClick(true);
        NarrowScreen.onWidth(grid, this::fit);
    }

    /** A column the user may hide or show, named in the menu by {@code label}. */
    public ColumnPicker optional(Grid.Column<?> column, String label, Shown shown) {
        optional.put(column, shown);
        MenuItem item =
                menu.addItem(
                        label,
                        click -> {
                            picked.put(column, click.getSource().isChecked());
                            column.setVisible(click.getSource().isChecked());
                        });
        item.setCheckable(true);
        item.setKeepOpen(true);
        items.put(column, item);
        show(column, shown != Shown.WHEN_PICKED);
        return this;
    }

    /** The menu of optional columns, each checked where shown. */
    public ContextMenu getMenu() {
        return menu;
    }

    private void fit(boolean narrow) {
        optional.forEach(
                (column, shown) -> {
                    if (!picked.containsKey(column)) {
                        show(
                                column,
                                shown == Shown.WIDE_AND_PHONE || shown == Shown.WIDE && !narrow);
                    }
                });
    }

    private void show(Grid.Column<?> column, boolean visible) {
        column.setVisible(visible);
        items.get(column).setChecked(visible);
    }
}
