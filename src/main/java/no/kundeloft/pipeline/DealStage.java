package no.kundeloft.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import org.hibernate.envers.Audited;

/**
 * A step of the pipeline with the probability a deal in it gets by default. The six built-in stages
 * carry a code (shown in the user's language); stages admins add carry only their name. Won and
 * Lost close a deal.
 */
@Entity
@Audited
@Table(name = "deal_stage")
public class DealStage extends AbstractEntity implements Labelled {

    @Column(nullable = false)
    private String name;

    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StageOutcome outcome;

    @Column(nullable = false)
    private int probability;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected DealStage() {}

    DealStage(String name, int probability, int position) {
        this.name = name;
        this.outcome = StageOutcome.OPEN;
        this.probability = probability;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public StageOutcome getOutcome() {
        return outcome;
    }

    public int getProbability() {
        return probability;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isOpen() {
        return outcome == StageOutcome.OPEN;
    }

    void rename(String name, int probability) {
        this.name = name;
        this.probability = probability;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String label() {
        return name;
    }
}
