package no.kundeloft.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;

/**
 * Something we sell, in the catalogue an admin keeps; the columns of every plan's whitespace grid.
 */
@Entity
@Table(name = "offering")
public class Offering extends AbstractEntity implements Labelled {

    @Column(nullable = false)
    private String name;

    private boolean active = true;

    protected Offering() {}

    public Offering(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String label() {
        return name;
    }
}
