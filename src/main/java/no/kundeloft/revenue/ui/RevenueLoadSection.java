package no.kundeloft.revenue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.stream.Stream;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueLoadState;

/**
 * Through which month the organisation's revenue is loaded, and who said so; an administrator sets
 * it to any month that has ended, and confirms before moving it back.
 */
class RevenueLoadSection extends Div {

    private final RevenueLoadService revenueLoad;
    private final boolean admin;
    final Paragraph state = new Paragraph();
    final Select<YearMonth> month = new Select<>();
    final Button set = new Button();

    RevenueLoadSection(RevenueLoadService revenueLoad, boolean admin) {
        this.revenueLoad = revenueLoad;
        this.admin = admin;
        addClassNames("card", "section", "revenue-load");
        setId("revenue-load");
        state.setId("revenue-load-state");
        add(new H3(getTranslation("revenueLoad.title")), state);
        if (admin) {
            month.setLabel(getTranslation("revenueLoad.month"));
            month.setId("revenue-load-month");
            month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
            set.setText(getTranslation("revenueLoad.set"));
            set.setId("revenue-load-set");
            set.addClickListener(e -> confirmAndSet(month.getValue()));
            Div controls = new Div(month, set);
            controls.addClassName("inline-controls");
            add(controls);
        }
        refresh();
    }

    void refresh() {
        RevenueLoadState current = revenueLoad.state();
        LoadedThrough loaded = current.loadedThrough();
        String text =
                loaded.any()
                        ? getTranslation(
                                "revenueLoad.state", Formats.month(loaded.month(), getLocale()))
                        : getTranslation("revenueLoad.state.nothing");
        if (current.changedBy() != null) {
            text +=
                    " "
                            + getTranslation(
                                    "revenueLoad.changed",
                                    current.changedBy(),
                                    Formats.dateTime(current.changedAt(), getLocale()));
        }
        state.setText(text);
        if (admin) {
            month.setItems(
                    Stream.iterate(current.latestSettable(), m -> m.minusMonths(1))
                            .limit(36)
                            .toList());
            month.setValue(
                    loaded.any() && !loaded.month().isAfter(current.latestSettable())
                            ? loaded.month()
                            : current.latestSettable());
        }
    }

    private void confirmAndSet(YearMonth chosen) {
        LoadedThrough loaded = revenueLoad.state().loadedThrough();
        if (chosen == null || (loaded.any() && chosen.equals(loaded.month()))) {
            return;
        }
        if (loaded.any() && chosen.isBefore(loaded.month())) {
            ConfirmDialog confirm =
                    new ConfirmDialog(
                            getTranslation("revenueLoad.back.title"),
                            getTranslation(
                                    "revenueLoad.back.text",
                                    Formats.month(chosen, getLocale()),
                                    Formats.month(loaded.month(), getLocale())),
                            getTranslation("revenueLoad.back.confirm"),
                            e -> apply(chosen));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setId("revenue-load-back");
            confirm.open();
        } else {
            apply(chosen);
        }
    }

    void apply(YearMonth chosen) {
        try {
            revenueLoad.set(chosen);
        } catch (RefusedException refused) {
            Refusals.show(this, refused);
            return;
        }
        refresh();
        Notification.show(
                        getTranslation("revenueLoad.done", Formats.month(chosen, getLocale())),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
