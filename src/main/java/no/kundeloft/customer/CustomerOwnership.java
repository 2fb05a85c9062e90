package no.kundeloft.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.organisation.Employee;

/**
 * One period in which an employee owned a customer, from {@code validFrom} up to but not including
 * {@code validTo} (open while still owned). Revenue credit follows these periods.
 */
@Entity
@Table(name = "customer_ownership")
public class CustomerOwnership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CustomerOwnership() {}

    public CustomerOwnership(Customer customer, Employee owner, LocalDate validFrom) {
        this.customer = customer;
        this.owner = owner;
        this.validFrom = validFrom;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Employee getOwner() {
        return owner;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void end(LocalDate on) {
        this.validTo = on;
    }
}
