package no.kundeloft.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AmountField;
import no.kundeloft.budget.MonthTarget;

/**
 * Months × targets: a row of twelve number fields for portfolio and one for new sales, with live
 * totals per row, per month and in all. Tab moves to the next month. On a phone the sheet turns
 * (CSS only), so months run downwards and Tab still moves to the next month.
 */
class MonthSheet extends Div {

    private final List<AmountField> portfolio = new ArrayList<>();
    private final List<AmountField> newSales = new ArrayList<>();
    private final List<Span> monthTotals = new ArrayList<>();
    private final Span portfolioTotal = new Span();
    private final Span newSalesTotal = new Span();
    private final Span grandTotal = new Span();
    private final Locale locale;
    private Runnable onEdit = () -> {};

    MonthSheet(Locale locale) {
        this.locale = locale;
        addClassName("month-sheet");
        setId("month-sheet");
        add(cell("", "corner"));
        for (int month = 1; month <= 12; month++) {
            add(cell(Month.of(month).getDisplayName(TextStyle.SHORT, locale), "month-name"));
        }
        add(cell(getTranslation("budget.total"), "month-name"));
        row("budget.portfolio", portfolio, portfolioTotal, "portfolio");
        row("budget.newSales", newSales, newSalesTotal, "new-sales");
        add(cell(getTranslation("budget.total"), "row-name"));
        for (int month = 1; month <= 12; month++) {
            Span total = new Span();
            total.addClassNames("sum");
            total.setId("total-" + month);
            monthTotals.add(total);
            add(total);
        }
        grandTotal.addClassNames("sum", "grand");
        grandTotal.setId("total-year");
        add(grandTotal);
        refreshTotals();
    }

    private void row(String labelKey, List<AmountField> fields, Span total, String idPrefix) {
        add(cell(getTranslation(labelKey), "row-name"));
        for (int month = 1; month <= 12; month++) {
            AmountField field = new AmountField();
            field.setId(idPrefix + "-" + month);
            field.setAriaLabel(
                    getTranslation(labelKey)
                            + " "
                            + Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale));
            field.addClassName("month-field");
            field.addValueChangeListener(
                    e -> {
                        validate(field);
                        refreshTotals();
                        if (e.isFromClient()) {
                            onEdit.run();
                        }
                    });
            fields.add(field);
            add(field);
        }
        total.addClassName("sum");
        total.setId(idPrefix + "-total");
        add(total);
    }

    private void validate(AmountField field) {
        boolean negative = field.getValue() != null && field.getValue().signum() < 0;
        field.setInvalid(negative);
        field.setErrorMessage(negative ? getTranslation("budget.negative") : null);
    }

    private static Span cell(String text, String className) {
        Span cell = new Span(text);
        cell.addClassName(className);
        return cell;
    }

    void setOnEdit(Runnable onEdit) {
        this.onEdit = onEdit;
    }

    void setMonths(List<MonthTarget> months) {
        for (int i = 0; i < 12; i++) {
            MonthTarget target = months.size() == 12 ? months.get(i) : null;
            portfolio.get(i).setValue(target == null ? null : shown(target.portfolio()));
            newSales.get(i).setValue(target == null ? null : shown(target.newSales()));
        }
        refreshTotals();
    }

    /** Whole kroner are shown without decimals. */
    private static BigDecimal shown(BigDecimal amount) {
        return amount.remainder(BigDecimal.ONE).signum() == 0 ? amount.setScale(0) : amount;
    }

    List<MonthTarget> months() {
        List<MonthTarget> months = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            months.add(new MonthTarget(i + 1, valueOf(portfolio.get(i)), valueOf(newSales.get(i))));
        }
        return months;
    }

    /** The first month with an invalid amount (1 = January), or 0 when all are valid. */
    int firstInvalidMonth() {
        for (int i = 0; i < 12; i++) {
            if (portfolio.get(i).isInvalid() || newSales.get(i).isInvalid()) {
                return i + 1;
            }
        }
        return 0;
    }

    void setEditable(boolean editable) {
        portfolio.forEach(field -> field.setReadOnly(!editable));
        newSales.forEach(field -> field.setReadOnly(!editable));
    }

    void focusFirst() {
        portfolio.getFirst().focus();
    }

    private static BigDecimal valueOf(AmountField field) {
        return field.getValue() == null ? BigDecimal.ZERO : field.getValue();
    }

    private void refreshTotals() {
        BigDecimal portfolioSum = BigDecimal.ZERO;
        BigDecimal newSalesSum = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            BigDecimal p = valueOf(portfolio.get(i));
            BigDecimal n = valueOf(newSales.get(i));
            monthTotals.get(i).setText(whole(p.add(n)));
            portfolioSum = portfolioSum.add(p);
            newSalesSum = newSalesSum.add(n);
        }
        portfolioTotal.setText(whole(portfolioSum));
        newSalesTotal.setText(whole(newSalesSum));
        grandTotal.setText(whole(portfolioSum.add(newSalesSum)));
    }

    /** Totals in whole kroner without the currency, so twelve of them fit in a row. */
    private String whole(BigDecimal amount) {
        return Formats.number(
                amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(), locale);
    }
}
