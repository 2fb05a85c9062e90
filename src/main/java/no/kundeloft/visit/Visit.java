package no.kundeloft.visit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A meeting with a customer: host seller, time, mode, purpose, who attends, and afterwards a
 * report.
 */
@Entity
@Audited
@Table(name = "visit")
public class Visit extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id")
    private Employee host;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitMode mode;

    private String location;

    @Column(name = "video_link")
    private String videoLink;

    @Column(nullable = false)
    private String purpose;

    private String agenda;

    /** What a meeting booker clarified with the customer when booking. */
    private String need;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status = VisitStatus.PLANNED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booked_by_id")
    private Employee bookedBy;

    private String summary;

    @Enumerated(EnumType.STRING)
    private VisitOutcome outcome;

    private String debrief;

    /** iCalendar SEQUENCE: raised whenever the time or the status changes. */
    @Column(name = "ical_sequence", nullable = false)
    @NotAudited
    private int icalSequence;

    @Column(name = "updated_by")
    @NotAudited
    private String updatedBy;

    @Column(name = "updated_at")
    @NotAudited
    private Instant updatedAt;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<VisitParticipant> participants = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "visit_contact",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> contacts = new HashSet<>();

    protected Visit() {}

    Visit(Customer customer, Employee host) {
        this.customer = customer;
        this.host = host;
    }

    void schedule(Instant startsAt, Instant endsAt) {
        if (this.startsAt != null
                && (!startsAt.equals(this.startsAt) || !endsAt.equals(this.endsAt))) {
            icalSequence++;
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void describe(
            VisitMode mode, String location, String videoLink, String purpose, String agenda) {
        this.mode = mode;
        this.location = location;
        this.videoLink = videoLink;
        this.purpose = purpose;
        this.agenda = agenda;
    }

    void bookedBy(Employee booker, String need) {
        this.bookedBy = booker;
        this.need = need;
    }

    void setContacts(Set<Contact> contacts) {
        this.contacts.clear();
        this.contacts.addAll(contacts);
    }

    void cancel() {
        status = VisitStatus.CANCELLED;
        icalSequence++;
    }

    void report(String summary, VisitOutcome outcome) {
        this.summary = summary;
        this.outcome = outcome;
        this.status = VisitStatus.DONE;
    }

    void setDebrief(String debrief) {
        this.debrief = debrief;
    }

    VisitParticipant addParticipant(Employee employee, ParticipantStatus status) {
        VisitParticipant participant = new VisitParticipant(this, employee, status);
        participants.add(participant);
        return participant;
    }

    Optional<VisitParticipant> participant(Long employeeId) {
        return participants.stream()
                .filter(p -> p.getEmployee().getId().equals(employeeId))
                .findFirst();
    }

    void markUpdated(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Employee getHost() {
        return host;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public VisitMode getMode() {
        return mode;
    }

    public String getLocation() {
        return location;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getNeed() {
        return need;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public Employee getBookedBy() {
        return bookedBy;
    }

    public String getSummary() {
        return summary;
    }

    public VisitOutcome getOutcome() {
        return outcome;
    }

    public String getDebrief() {
        return debrief;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<VisitParticipant> getParticipants() {
        return List.copyOf(participants);
    }

    public Set<Contact> getContacts() {
        return Set.copyOf(contacts);
    }

    @Override
    public String label() {
        return purpose;
    }
}
