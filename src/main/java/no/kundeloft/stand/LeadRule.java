package no.kundeloft.stand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.organisation.Employee;

/**
 * One routing rule of a stand team: leads whose postcode starts with, or whose known company is of
 * the sector, go to a seller.
 */
@Entity
@Table(name = "lead_rule")
public class LeadRule extends AbstractEntity {

    public enum Kind {
        POSTCODE,
        SECTOR
    }

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "match_value", nullable = false)
    private String matchValue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seller_id")
    private Employee seller;

    protected LeadRule() {}

    LeadRule(Long teamId, int position, Kind kind, String matchValue, Employee seller) {
        this.teamId = teamId;
        this.position = position;
        this.kind = kind;
        this.matchValue = matchValue;
        this.seller = seller;
    }

    public Kind getKind() {
        return kind;
    }

    public String getMatchValue() {
        return matchValue;
    }

    public Employee getSeller() {
        return seller;
    }

    public int getPosition() {
        return position;
    }
}
