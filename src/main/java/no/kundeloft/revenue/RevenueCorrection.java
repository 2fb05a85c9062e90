package no.kundeloft.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.customer.Customer;

/**
 * A manual entry or correction of one month's revenue: what it was, what it became, why, by whom.
 */
@Entity
@Table(name = "revenue_correction")
public class RevenueCorrection extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "revenue_month", nullable = false)
    private LocalDate month;

    @Column(name = "previous_amount", precision = 15, scale = 2)
    private BigDecimal previousAmount;

    @Column(name = "new_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal newAmount;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "corrected_by", nullable = false)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    protected RevenueCorrection() {}

    RevenueCorrection(
            Customer customer,
            YearMonth month,
            BigDecimal previousAmount,
            BigDecimal newAmount,
            String reason,
            String correctedBy,
            Instant correctedAt) {
        this.customer = customer;
        this.month = month.atDay(1);
        this.previousAmount = previousAmount;
        this.newAmount = newAmount;
        this.reason = reason;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public BigDecimal getPreviousAmount() {
        return previousAmount;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public String getReason() {
        return reason;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
