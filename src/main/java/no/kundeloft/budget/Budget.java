package no.kundeloft.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Department;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One revision of a budget for a subject (seller, team leader, department or key customer) and
 * year.
 */
@Entity
@Audited
@Table(name = "budget")
public class Budget extends AbstractEntity implements Labelled {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BudgetKind kind;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    /** The seller or team leader; for a key-customer budget, the KAM who owns it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BudgetStatus status;

    private String reason;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "sent_by", length = 200)
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "returned_by", length = 200)
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_comment", length = 1000)
    private String returnComment;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @NotAudited // Envers cannot key a list of embeddables without an order column; see decision 018
    @ElementCollection
    @CollectionTable(name = "budget_month", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderBy("month")
    private List<BudgetMonth> months = new ArrayList<>();

    protected Budget() {}

    Budget(
            BudgetSubject subject,
            Employee employee,
            Department department,
            Customer customer,
            int year,
            int revision) {
        this.kind = subject.kind();
        this.subjectKey = subject.key();
        this.employee = employee;
        this.department = department;
        this.customer = customer;
        this.year = year;
        this.revision = revision;
        this.status = BudgetStatus.DRAFT;
    }

    /**
     * A new draft revision of this approved budget, with the same targets and the reason for the
     * change.
     */
    Budget nextRevision(String reason) {
        Budget next = new Budget();
        next.kind = kind;
        next.subjectKey = subjectKey;
        next.employee = employee;
        next.department = department;
        next.customer = customer;
        next.year = year;
        next.revision = revision + 1;
        next.status = BudgetStatus.DRAFT;
        next.reason = reason;
        next.months = new ArrayList<>(months);
        return next;
    }

    void replaceMonths(List<BudgetMonth> targets, String by, Instant at) {
        months.clear();
        months.addAll(targets);
        draftedBy = by;
        draftedAt = at;
    }

    void send(String by, Instant at) {
        status = BudgetStatus.SENT;
        sentBy = by;
        sentAt = at;
    }

    /** Back to draft with the approver's comment, which stays until the draft is sent again. */
    void sendBack(String by, Instant at, String comment) {
        status = BudgetStatus.DRAFT;
        returnedBy = by;
        returnedAt = at;
        returnComment = comment;
    }

    void approve(String by, Instant at) {
        status = BudgetStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    void supersede() {
        status = BudgetStatus.SUPERSEDED;
    }

    public BudgetKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public int getRevision() {
        return revision;
    }

    public BudgetStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<BudgetMonth> getMonths() {
        return List.copyOf(months);
    }

    @Override
    public String label() {
        return kind + " " + year + " #" + revision;
    }
}
