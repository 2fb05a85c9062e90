package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fitting a component to the width of the window it is shown in: a phone (narrower than {@link
 * #PHONE_WIDTH}) or anything wider, told when attached and again whenever the window is resized.
 */
public final class NarrowScreen {

    public static final int PHONE_WIDTH = 700;

    private NarrowScreen() {}

    /** Calls {@code fit} with whether the window is phone-narrow, now and on every resize. */
    public static void onWidth(Component component, Consumer<Boolean> fit) {
        onWidth(component, PHONE_WIDTH, fit);
    }

    /**
     * As {@link #onWidth(Component, Consumer)}, narrow below {@code narrowerThan} pixels (for a
     * page whose style sheet turns at another width).
     */
    public static void onWidth(Component component, int narrowerThan, Consumer<Boolean> fit) {
        component.addAttachListener(
                attach -> {
                    var page = attach.getUI().getPage();
                    page.retrieveExtendedClientDetails(
                            details -> fit.accept(details.getWindowInnerWidth() < narrowerThan));
                    Registration resize =
                            page.addBrowserWindowResizeListener(
                                    event -> fit.accept(event.getWidth() < narrowerThan));
                    component.addDetachListener(
                            detach -> {
                                resize.remove();
                                detach.unregisterListener();
                            });
                });
    }

    /** The grid's columns with these keys give way on a phone; the rest share its width. */
    public static void hideOnPhone(Grid<?> grid, String... keys) {
        List<String> hidden = List.of(keys);
        hideOnPhone(
                grid,
                grid.getColumns().stream()
                        .filter(
                                column ->
                                        column.getKey() != null && hidden.contains(column.getKey()))
                        .toList());
    }

    /** These columns of a grid give way on a phone; the rest share its width. */
    public static void hideOnPhone(Grid<?> grid, List<? extends Grid.Column<?>> columns) {
        onWidth(grid, narrow -> columns.forEach(column -> column.setVisible(!narrow)));
        fitOnPhone(grid);
    }

    /**
     * On a phone the grid's columns share its width and their texts wrap, instead of each taking
     * the width of its longest text and pushing the last ones off the screen.
     */
    public static void fitOnPhone(Grid<?> grid) {
        Map<Grid.Column<?>, Sizing> wide = new HashMap<>();
        boolean wrapsAnyway = grid.getThemeNames().contains(WRAP);
        onWidth(
                grid,
                narrow -> {
                    for (Grid.Column<?> column : grid.getColumns()) {
                        if (narrow) {
                            wide.putIfAbsent(column, Sizing.of(column));
                            column.setAutoWidth(false);
                            column.setWidth("4rem");
                            column.setFlexGrow(Math.max(1, column.getFlexGrow()));
                        } else if (wide.containsKey(column)) {
                            wide.get(column).restore(column);
                        }
                    }
                    grid.getThemeNames().set(WRAP, narrow || wrapsAnyway);
                    grid.recalculateColumnWidths();
                });
    }

    private static final String WRAP = "wrap-cell-content";

    /** How a column is sized on a wider screen, to go back to. */
    private record Sizing(boolean autoWidth, String width, int flexGrow) {
        static Sizing of(Grid.Column<?> column) {
            return new Sizing(column.isAutoWidth(), column.getWidth(), column.getFlexGrow());
        }

        void restore(Grid.Column<?> column) {
            column.setWidth(width);
            column.setFlexGrow(flexGrow);
            column.setAutoWidth(autoWidth);
        }
    }
}
