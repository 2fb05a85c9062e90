package no.kundeloft.calling;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;

/**
 * One line of the call scorecard (opening, needs, objections, closing, …), kept by admins; retired
 * ones keep their scores.
 */
@Entity
@Table(name = "review_criterion")
public class ReviewCriterion extends AbstractEntity {

    private String name;
    private int position;
    private boolean active = true;

    protected ReviewCriterion() {}

    ReviewCriterion(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
