package no.kundeloft.budget.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.budget.BudgetCheck;

/** One check of a budget against the budgets below it: target, their sum and the gap. */
final class BudgetCheckLine extends Paragraph {

    BudgetCheckLine(BudgetCheck check, Locale locale) {
        setText(
                getTranslation(
                        "budget.check." + check.kind().name(),
                        Formats.nok(check.target(), locale),
                        Formats.nok(check.sum(), locale),
                        Formats.nok(check.gap(), locale)));
        addClassNames("budget-check", check.gap().signum() == 0 ? "balanced" : "gap");
        setId("check-" + check.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
