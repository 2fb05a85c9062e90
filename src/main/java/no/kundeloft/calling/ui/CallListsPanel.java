package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.CallListImportService;
import no.kundeloft.calling.CallListRow;
import no.kundeloft.calling.CallListService;

/**
 * The leaders' side of {@code /calls}: their call lists with how far each has come; a new one, or
 * one opened to change.
 */
class CallListsPanel extends Div {

    private final CallListService lists;
    private final Grid<CallListRow> grid = new Grid<>();

    CallListsPanel(CallListService lists, CallListImportService imports) {
        this.lists = lists;
        addClassName("call-lists");
        if (lists.mayBuild()) {
            Button add =
                    new Button(
                            getTranslation("callList.new"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    new CallListDialog(
                                                    lists,
                                                    imports,
                                                    null,
                                                    saved -> grid.getDataProvider().refreshAll())
                                            .open());
            add.setId("call-list-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        grid.setId("call-lists-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CallListRow::name)
                .setHeader(getTranslation("callList.name"))
                .setFlexGrow(3)
                .setKey("name");
        grid.addComponentColumn(
                        row -> {
                            Span status =
                                    new Span(
                                            getTranslation(
                                                    "callList.status." + row.status().name()));
                            status.getElement()
                                    .getThemeList()
                                    .add(
                                            row.status()
                                                            == no.kundeloft.calling.CallListStatus
                                                                    .RUNNING
                                                    ? "badge success"
                                                    : "badge contrast");
                            return status;
                        })
                .setHeader(getTranslation("callList.status"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("status");
        grid.addColumn(
                        row ->
                                Formats.date(row.startsOn(), getLocale())
                                        + " – "
                                        + Formats.date(row.endsOn(), getLocale()))
                .setHeader(getTranslation("callList.period"))
                .setAutoWidth(true)
                .setKey("period");
        grid.addColumn(CallListRow::ownerName)
                .setHeader(getTranslation("callList.owner"))
                .setAutoWidth(true)
                .setKey("owner");
        grid.addColumn(CallListRow::callers)
                .setHeader(getTranslation("callList.callers"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("callers");
        grid.addColumn(row -> getTranslation("callList.progress", row.done(), row.total()))
                .setHeader(getTranslation("callList.done"))
                .setAutoWidth(true)
                .setKey("progress");
        grid.addColumn(CallListRow::waiting)
                .setHeader(getTranslation("callList.waiting"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("waiting");
        grid.addColumn(CallListRow::callsToday)
                .setHeader(getTranslation("callList.callsToday"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("today");
        grid.setItems(
                query -> lists.rows(query.getOffset(), query.getLimit()).stream(),
                query -> (int) lists.count());
        grid.setEmptyStateText(
                getTranslation(lists.mayBuild() ? "callList.none" : "callList.noneToRead"));
        grid.addItemClickListener(
                e ->
                        new CallListDialog(
                                        lists,
                                        imports,
                                        e.getItem().id(),
                                        saved -> grid.getDataProvider().refreshAll())
                                .open());
        grid.setHeight("70vh");
        add(grid);
    }
}
