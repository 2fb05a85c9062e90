package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.TestClock;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;

/**
 * Deal forms for tests of other features that need a deal: a growth deal of NOK 100,000 a year
 * closing next month.
 */
public final class DealForms {

    private DealForms() {}

    public static DealForm growth(Customer customer, Employee owner, String title) {
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(owner.getId());
        form.setTitle(title);
        form.setKind(DealKind.GROWTH);
        form.setYearlyValue(BigDecimal.valueOf(100_000));
        form.setProbability(10);
        form.setCloseMonth(YearMonth.from(TestClock.TODAY).plusMonths(1));
        return form;
    }
}
