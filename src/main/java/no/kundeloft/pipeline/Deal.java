package no.kundeloft.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A sales opportunity at a customer or prospect, owned by a seller: a yearly value (and perhaps a
 * one-off part), a stage with a probability, the month it is expected to close. Every version is
 * kept (Envers), so each change of stage, value and close month says who made it and when.
 */
@Entity
@Audited
@Table(name = "deal")
public class Deal extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealKind kind;

    @Column(name = "yearly_value", nullable = false)
    private BigDecimal yearlyValue;

    @Column(name = "one_off_value", nullable = false)
    private BigDecimal oneOffValue = BigDecimal.ZERO;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    private DealStage stage;

    @Column(nullable = false)
    private int probability;

    @Convert(converter = CloseMonthConverter.class)
    @Column(name = "close_month", nullable = false)
    private YearMonth closeMonth;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "next_step_due")
    private LocalDate nextStepDue;

    private String competitor;

    /** The offering of the account plan's whitespace the deal sells, if it came from there. */
    @Column(name = "offering_id")
    private Long offeringId;

    @Column(name = "close_reason")
    private String closeReason;

    @NotAudited
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @NotAudited
    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** How many times the close month was moved later. */
    @NotAudited
    @Column(name = "close_month_slips", nullable = false)
    private int closeMonthSlips;

    @NotAudited
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @NotAudited
    @Column(name = "updated_by")
    private String updatedBy;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Deal() {}

    Deal(Customer customer, Employee owner, DealStage stage, LocalDate openedOn) {
        this.customer = customer;
        this.owner = owner;
        this.stage = stage;
        this.probability = stage.getProbability();
        this.openedOn = openedOn;
        this.stageSince = openedOn;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Employee getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public DealKind getKind() {
        return kind;
    }

    public BigDecimal getYearlyValue() {
        return yearlyValue;
    }

    public BigDecimal getOneOffValue() {
        return oneOffValue;
    }

    public DealStage getStage() {
        return stage;
    }

    public int getProbability() {
        return probability;
    }

    public YearMonth getCloseMonth() {
        return closeMonth;
    }

    public String getNextStep() {
        return nextStep;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public String getCompetitor() {
        return competitor;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public int getCloseMonthSlips() {
        return closeMonthSlips;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isOpen() {
        return stage.isOpen();
    }

    /** Takes the form's values; a close month moved later counts as a slip. */
    void describe(DealForm form, Employee owner) {
        if (closeMonth != null && form.getCloseMonth().isAfter(closeMonth)) {
            closeMonthSlips++;
        }
        this.owner = owner;
        this.title = form.getTitle().strip();
        this.kind = form.getKind();
        this.yearlyValue = form.getYearlyValue();
        this.oneOffValue = form.getOneOffValue() == null ? BigDecimal.ZERO : form.getOneOffValue();
        this.probability = form.getProbability();
        this.closeMonth = form.getCloseMonth();
        this.nextStep = Texts.blankToNull(form.getNextStep());
        this.nextStepDue = form.getNextStepDue();
        this.competitor = Texts.blankToNull(form.getCompetitor());
        this.offeringId = form.getOfferingId();
    }

    /**
     * Puts the deal into a stage with that stage's probability; a won or lost deal gets its reason
     * and the day, and a won one closes in this month.
     */
    void moveTo(DealStage target, String reason, LocalDate today) {
        if (!target.equals(stage)) {
            stageSince = today;
        }
        stage = target;
        probability = target.getProbability();
        if (target.isOpen()) {
            closedOn = null;
            closeReason = null;
        } else {
            closedOn = today;
            closeReason = reason.strip();
            if (target.getOutcome() == StageOutcome.WON) {
                closeMonth = YearMonth.from(today);
            }
        }
    }

    /** Gives the deal to the customer's new owner. */
    void handTo(Employee receiver) {
        this.owner = receiver;
    }

    /** A probability of the user's own for an open deal (the stage gives the default). */
    void weigh(int probability) {
        if (isOpen()) {
            this.probability = probability;
        }
    }

    /**
     * For seeded deals: when it was opened, entered its stage and last changed, and how often its
     * close month slipped.
     */
    void backdate(LocalDate openedOn, LocalDate stageSince, Instant lastActivityAt, int slips) {
        this.openedOn = openedOn;
        this.stageSince = stageSince;
        this.lastActivityAt = lastActivityAt;
        this.closeMonthSlips = slips;
    }

    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
        this.lastActivityAt = at;
    }

    @Override
    public String label() {
        return title;
    }
}
