package no.kundeloft.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;

/** Someone from our side at a visit besides the host, e.g. a director, with their answer. */
@Entity
@Audited
@Table(name = "visit_participant")
public class VisitParticipant extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantStatus status;

    protected VisitParticipant() {}

    VisitParticipant(Visit visit, Employee employee, ParticipantStatus status) {
        this.visit = visit;
        this.employee = employee;
        this.status = status;
    }

    public Visit getVisit() {
        return visit;
    }

    public Employee getEmployee() {
        return employee;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    void setStatus(ParticipantStatus status) {
        this.status = status;
    }

    @Override
    public String label() {
        return employee.getFullName();
    }
}
