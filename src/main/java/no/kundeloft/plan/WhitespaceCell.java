package no.kundeloft.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import no.kundeloft.base.Labelled;

/** One offering's state at the customer, with the revenue it could bring. */
@Embeddable
public class WhitespaceCell implements Labelled {

    @Column(name = "offering_id", nullable = false)
    private Long offeringId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WhitespaceState state;

    @Column(precision = 15, scale = 2)
    private BigDecimal potential;

    protected WhitespaceCell() {}

    WhitespaceCell(Long offeringId, WhitespaceState state, BigDecimal potential) {
        this.offeringId = offeringId;
        this.state = state;
        this.potential = potential;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public WhitespaceState getState() {
        return state;
    }

    public BigDecimal getPotential() {
        return potential;
    }

    @Override
    public String label() {
        return "#"
                + offeringId
                + " "
                + state
                + (potential == null ? "" : " " + potential.toPlainString());
    }
}
