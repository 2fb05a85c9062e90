package no.kundeloft.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.organisation.Employee;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approving several budgets at once commits all of them or, when one is refused, none (committed
 * transactions).
 */
class BudgetApproveAllTest extends CommittedScenarioTest {

    @Autowired BudgetService budgets;

    private long sent(Employee seller, int year) {
        List<MonthTarget> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTarget(month, BigDecimal.valueOf(100), BigDecimal.TEN));
        }
        BudgetSubject subject = new BudgetSubject(BudgetKind.SELLER, seller.getId());
        long draft = budgets.saveDraft(subject, year, -1, months).current().version();
        return budgets.send(subject, year, draft).current().version();
    }

    @Test
    void one_changed_budget_among_several_leaves_all_of_them_waiting() {
        signIn.as(s.lead1());
        int year = budgets.budgetYear();
        long am1 = sent(s.am1(), year);
        long am2 = sent(s.am2(), year);

        signIn.as(s.mgrA());
        Map<BudgetSubject, Long> seen = new LinkedHashMap<>();
        seen.put(new BudgetSubject(BudgetKind.SELLER, s.am1().getId()), am1);
        seen.put(new BudgetSubject(BudgetKind.SELLER, s.am2().getId()), am2 - 1);
        assertThatThrownBy(() -> budgets.approveAll(seen, year))
                .isInstanceOf(BudgetRefusedException.class)
                .satisfies(
                        e ->
                                assertThat(((BudgetRefusedException) e).arguments())
                                        .containsExactly("am2 Testesen"));

        assertThat(budgets.lines(year))
                .filteredOn(line -> line.status() != null)
                .extracting(BudgetLine::status)
                .containsOnly(BudgetStatus.SENT)
                .hasSize(2);
    }
}
