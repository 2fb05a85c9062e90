package no.kundeloft.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.function.Supplier;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.AmountField;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.budget.BudgetRevision;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetSheet;
import no.kundeloft.budget.BudgetStatus;
import no.kundeloft.budget.Phasing;
import no.kundeloft.history.ui.HistoryTimeline;

/**
 * One subject's budget for a year: the month sheet (editable by its drafter while in draft),
 * phasing from year targets, save, approve (the next level up), a new revision with a reason after
 * approval, the comparisons that belong beside it, and every revision so far.
 */
class BudgetEditor extends Div {

    private final BudgetService budgets;
    private final Locale locale;
    private final Runnable changed;
    private final MonthSheet sheet;
    private BudgetSheet current;
    private boolean dirty;

    BudgetEditor(BudgetService budgets, BudgetSheet budget, Locale locale, Runnable changed) {
        this.budgets = budgets;
        this.locale = locale;
        this.changed = changed;
        this.sheet = new MonthSheet(locale);
        addClassNames("card", "section", "budget-editor");
        setId("budget-editor");
        sheet.setOnEdit(() -> dirty = true);
        show(budget);
    }

    boolean isDirty() {
        return dirty;
    }

    private void show(BudgetSheet budget) {
        current = budget;
        dirty = false;
        removeAll();
        BudgetRevision revision = budget.current();
        H3 title =
                new H3(
                        getTranslation("budget.kind." + budget.subject().subject().kind().name())
                                + ": "
                                + budget.subject().name()
                                + " "
                                + budget.year());
        add(title, status(revision));
        if (budget.editable()) {
            add(phasing());
        }
        sheet.setMonths(revision == null ? java.util.List.of() : revision.months());
        sheet.setEditable(budget.editable());
        add(sheet, actions(budget));
        budget.checks().forEach(check -> add(new BudgetCheckLine(check, locale)));
        if (!budget.revisions().isEmpty()) {
            add(new BudgetRevisions(budget.revisions(), locale));
            add(
                    HistoryTimeline.section(
                            () -> budgets.history(budget.subject().subject(), budget.year())));
        }
    }

    private Component status(BudgetRevision revision) {
        Span status =
                new Span(
                        revision == null
                                ? getTranslation("budget.status.none")
                                : getTranslation(
                                        "budget.status." + revision.status().name(),
                                        revision.revision()));
        status.addClassNames(
                "badge",
                revision == null
                        ? "status-prospect"
                        : revision.status() == BudgetStatus.APPROVED
                                ? "status-active"
                                : "status-inactive");
        status.setId("budget-status");
        Div line = new Div(status);
        line.addClassName("budget-status-line");
        if (revision != null && revision.reason() != null) {
            line.add(new Span(getTranslation("budget.reasonShown", revision.reason())));
        }
        if (revision != null && revision.status() == BudgetStatus.SENT) {
            line.add(
                    new Span(
                            getTranslation(
                                    "budget.sentShown",
                                    revision.sentBy(),
                                    Formats.dateTime(revision.sentAt(), locale))));
        }
        if (revision != null
                && revision.status() == BudgetStatus.DRAFT
                && revision.returnComment() != null) {
            Span returned =
                    new Span(
                            getTranslation(
                                    "budget.returnedShown",
                                    revision.returnedBy(),
                                    Formats.dateTime(revision.returnedAt(), locale),
                                    revision.returnComment()));
            returned.addClassName("budget-returned");
            returned.setId("budget-returned");
            line.add(returned);
        }
        if (!current.editable() && !current.mayApproveNow() && !current.mayStartRevision()) {
            line.add(
                    new Span(
                            getTranslation(
                                    current.mayDraft() || current.mayApprove()
                                            ? "budget.nothingToDo"
                                            : "budget.readOnly")));
        }
        return line;
    }

    private Component phasing() {
        AmountField portfolio = new AmountField(getTranslation("budget.yearPortfolio"));
        portfolio.setId("year-portfolio");
        AmountField newSales = new AmountField(getTranslation("budget.yearNewSales"));
        newSales.setId("year-new-sales");
        if (current.current() != null) {
            portfolio.setValue(
                    current.current().portfolio().setScale(0, java.math.RoundingMode.HALF_UP));
            newSales.setValue(
                    current.current().newSales().setScale(0, java.math.RoundingMode.HALF_UP));
        }
        Button even =
                new Button(
                        getTranslation("budget.spreadEven"),
                        e -> spread(portfolio, newSales, Phasing.EVEN));
        even.setId("spread-even");
        Button lastYear =
                new Button(
                        getTranslation("budget.spreadLastYear"),
                        e -> spread(portfolio, newSales, Phasing.LAST_YEAR));
        lastYear.setId("spread-last-year");
        Div row = new Div(portfolio, newSales, even, lastYear);
        row.addClassName("phasing");
        return row;
    }

    private void spread(AmountField portfolio, AmountField newSales, Phasing phasing) {
        if (isNegative(portfolio) || isNegative(newSales)) {
            error("budget.refused.negativeYear");
            return;
        }
        refusable(
                () -> {
                    sheet.setMonths(
                            budgets.phase(
                                    current.subject().subject(),
                                    current.year(),
                                    portfolio.getValue(),
                                    newSales.getValue(),
                                    phasing));
                    dirty = true;
                    return null;
                });
    }

    private static boolean isNegative(AmountField field) {
        return field.getValue() != null && field.getValue().signum() < 0;
    }

    private Component actions(BudgetSheet budget) {
        Div actions = new Div();
        actions.addClassName("actions");
        if (budget.editable()) {
            Button save = new Button(getTranslation("budget.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            save.setId("budget-save");
            actions.add(save);
        }
        if (budget.maySend()) {
            Button send = new Button(getTranslation("budget.send"), e -> send());
            send.setId("budget-send");
            actions.add(send);
        }
        if (budget.mayApproveNow()) {
            Button approve = new Button(getTranslation("budget.approve"), e -> confirmApprove());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setId("budget-approve");
            Button sendBack = new Button(getTranslation("budget.sendBack"), e -> askComment());
            sendBack.setId("budget-send-back");
            actions.add(approve, sendBack);
        }
        if (budget.mayStartRevision()) {
            Button revise = new Button(getTranslation("budget.revise"), e -> askReason());
            revise.setId("budget-revise");
            actions.add(revise);
        }
        return actions;
    }

    private void save() {
        int invalid = sheet.firstInvalidMonth();
        if (invalid > 0) {
            error("budget.refused.negative", invalid);
            return;
        }
        long version = current.current() == null ? -1 : current.current().version();
        BudgetSheet saved =
                refusable(
                        () ->
                                budgets.saveDraft(
                                        current.subject().subject(),
                                        current.year(),
                                        version,
                                        sheet.months()));
        if (saved != null) {
            show(saved);
            Notification.show(
                            getTranslation("budget.saved"),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }
    }

    private void confirmApprove() {
        BudgetRevision revision = current.current();
        ConfirmDialog confirm =
                new ConfirmDialog(
                        getTranslation("budget.approve.title"),
                        getTranslation(
                                "budget.approve.text",
                                current.subject().name(),
                                Formats.nok(revision.portfolio(), locale),
                                Formats.nok(revision.newSales(), locale)),
                        getTranslation("budget.approve"),
                        e -> {
                            BudgetSheet approved =
                                    refusable(
                                            () ->
                                                    budgets.approve(
                                                            current.subject().subject(),
                                                            current.year(),
                                                            revision.version()));
                            if (approved != null) {
                                show(approved);
                                changed.run();
                            }
                        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setId("approve-confirm");
        confirm.open();
    }

    private void send() {
        if (dirty) {
            error("budget.saveFirst");
            return;
        }
        BudgetSheet sent =
                refusable(
                        () ->
                                budgets.send(
                                        current.subject().subject(),
                                        current.year(),
                                        current.current().version()));
        if (sent != null) {
            show(sent);
            Notification.show(
                            getTranslation("budget.sent"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }
    }

    /** Sending a budget back needs a comment that tells the drafter what to change. */
    private void askComment() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budget.sendBack.title", current.subject().name()));
        dialog.setId("send-back-dialog");
        TextArea comment = new TextArea(getTranslation("budget.sendBack.comment"));
        comment.setId("send-back-comment");
        comment.setMaxLength(1000);
        comment.setRequired(true);
        comment.setWidthFull();
        Button confirm =
                new Button(
                        getTranslation("budget.sendBack"),
                        e -> {
                            if (comment.getValue().isBlank()) {
                                comment.setInvalid(true);
                                comment.setErrorMessage(
                                        getTranslation("budget.refused.commentRequired"));
                                return;
                            }
                            BudgetSheet returned =
                                    refusable(
                                            () ->
                                                    budgets.sendBack(
                                                            current.subject().subject(),
                                                            current.year(),
                                                            current.current().version(),
                                                            comment.getValue()));
                            if (returned != null) {
                                dialog.close();
                                show(returned);
                                changed.run();
                            }
                        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("send-back-confirm");
        dialog.add(comment);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        comment.focus();
    }

    private void askReason() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budget.revise.title"));
        dialog.setId("revise-dialog");
        TextArea reason = new TextArea(getTranslation("budget.reason"));
        reason.setId("revise-reason");
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("budget.revise.text")), reason);
        Button start =
                new Button(
                        getTranslation("budget.revise.start"),
                        e -> {
                            if (reason.getValue().isBlank()) {
                                reason.setInvalid(true);
                                reason.setErrorMessage(
                                        getTranslation("budget.refused.reasonRequired"));
                                return;
                            }
                            BudgetSheet revised =
                                    refusable(
                                            () ->
                                                    budgets.startRevision(
                                                            current.subject().subject(),
                                                            current.year(),
                                                            reason.getValue()));
                            if (revised != null) {
                                dialog.close();
                                show(revised);
                                changed.run();
                            }
                        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("revise-start");
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), start);
        dialog.open();
        reason.focus();
    }

    private <T> T refusable(Supplier<T> action) {
        try {
            return action.get();
        } catch (RefusedException e) {
            error(e.messageKey(), e.arguments());
            return null;
        }
    }

    private void error(String key, Object... arguments) {
        Refusals.show(this, key, arguments);
    }
}
