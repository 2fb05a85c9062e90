package no.kundeloft.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;

/** A sales manager's department within a division. */
@Entity
public class Department extends AbstractEntity implements Labelled {

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id")
    private Division division;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    protected Department() {}

    public Department(String name, Division division) {
        this.name = name;
        this.division = division;
    }

    void update(String name, Division division) {
        this.name = name;
        this.division = division;
    }

    public String getName() {
        return name;
    }

    public Division getDivision() {
        return division;
    }

    public Employee getManager() {
        return manager;
    }

    public void setManager(Employee manager) {
        this.manager = manager;
    }

    @Override
    public String label() {
        return name;
    }
}
