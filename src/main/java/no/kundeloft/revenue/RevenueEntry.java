package no.kundeloft.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.customer.Customer;
import org.hibernate.envers.Audited;

/** A customer's revenue in one month, in NOK. */
@Entity
@Audited
@Table(name = "revenue_entry")
public class RevenueEntry extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The first day of the month. */
    @Column(name = "revenue_month", nullable = false)
    private LocalDate month;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    protected RevenueEntry() {}

    public RevenueEntry(Customer customer, YearMonth month, BigDecimal amount) {
        this.customer = customer;
        this.month = month.atDay(1);
        this.amount = amount;
    }

    /** Replaces the month's amount, as a new import of the same month does. */
    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Long getCustomerId() {
        return customer.getId();
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String label() {
        return YearMonth.from(month).toString();
    }
}
