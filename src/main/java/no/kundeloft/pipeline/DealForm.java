package no.kundeloft.pipeline;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The editable fields of a deal, as the deal dialog binds them, with the version the user started
 * from so a concurrent change is caught. The stage is moved separately (board, list or dialog).
 */
public class DealForm {

    private long version;
    @NotNull private Long customerId;
    @NotNull private Long ownerId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull private DealKind kind;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal yearlyValue;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal oneOffValue = BigDecimal.ZERO;

    @Min(0)
    @Max(100)
    private int probability;

    @NotNull private YearMonth closeMonth;

    @Size(max = 300)
    private String nextStep;

    private LocalDate nextStepDue;

    @Size(max = 200)
    private String competitor;

    /** The whitespace offering the deal sells, when it came from the account plan. */
    private Long offeringId;

    /** The stage to be in; null for a new deal means the first open stage. */
    private Long stageId;

    /** Why a deal was won or lost; required when the stage closes it. */
    @Size(max = 500)
    private String closeReason;

    /** The form for a deal as it is now. */
    public static DealForm of(DealDetails deal) {
        DealForm form = new DealForm();
        form.version = deal.version();
        form.customerId = deal.customerId();
        form.ownerId = deal.ownerId();
        form.title = deal.title();
        form.kind = deal.kind();
        form.yearlyValue = deal.yearlyValue();
        form.oneOffValue = deal.oneOffValue();
        form.probability = deal.probability();
        form.closeMonth = deal.closeMonth();
        form.nextStep = deal.nextStep();
        form.nextStepDue = deal.nextStepDue();
        form.competitor = deal.competitor();
        form.stageId = deal.stage().id();
        form.offeringId = deal.offeringId();
        form.closeReason = deal.closeReason();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DealKind getKind() {
        return kind;
    }

    public void setKind(DealKind kind) {
        this.kind = kind;
    }

    public BigDecimal getYearlyValue() {
        return yearlyValue;
    }

    public void setYearlyValue(BigDecimal yearlyValue) {
        this.yearlyValue = yearlyValue;
    }

    public BigDecimal getOneOffValue() {
        return oneOffValue;
    }

    public void setOneOffValue(BigDecimal oneOffValue) {
        this.oneOffValue = oneOffValue;
    }

    public int getProbability() {
        return probability;
    }

    public void setProbability(int probability) {
        this.probability = probability;
    }

    public YearMonth getCloseMonth() {
        return closeMonth;
    }

    public void setCloseMonth(YearMonth closeMonth) {
        this.closeMonth = closeMonth;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public void setNextStepDue(LocalDate nextStepDue) {
        this.nextStepDue = nextStepDue;
    }

    public String getCompetitor() {
        return competitor;
    }

    public void setCompetitor(String competitor) {
        this.competitor = competitor;
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }
}
