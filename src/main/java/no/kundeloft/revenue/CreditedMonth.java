package no.kundeloft.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import no.kundeloft.organisation.Employee;
import org.hibernate.annotations.Immutable;

/**
 * A seller's credited revenue in one month, split into portfolio and new sales; written only by
 * {@link CreditedRevenue}.
 */
@Entity
@Immutable
@Table(name = "credited_revenue")
class CreditedMonth {

    @EmbeddedId private Key key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", insertable = false, updatable = false)
    private Employee owner;

    @Column(nullable = false, precision = 17, scale = 2)
    private BigDecimal portfolio;

    @Column(name = "new_sales", nullable = false, precision = 17, scale = 2)
    private BigDecimal newSales;

    protected CreditedMonth() {}

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "owner_id")
        private Long ownerId;

        @Column(name = "revenue_month")
        private LocalDate month;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(ownerId, key.ownerId)
                    && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, month);
        }
    }
}
