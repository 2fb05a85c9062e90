package no.kundeloft.calling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.visit.VisitForm;

/**
 * How a call from the list went: the outcome, notes and length; for "not interested" the reason and
 * whether the person asked never to be called again; for a call back when (Oslo time) and what; for
 * a meeting the booking; for an order what was ordered and its yearly value.
 */
public record CallResult(
        @NotNull CallOutcome outcome,
        @Size(max = 4000) String notes,
        @Min(0) @Max(600) Integer durationMinutes,
        @Size(max = 500) String reason,
        boolean doNotCall,
        LocalDateTime callBackAt,
        @Size(max = 500) String callBackWhat,
        @Valid VisitForm meeting,
        @Size(max = 200) String orderTitle,
        @DecimalMin("1") @Digits(integer = 12, fraction = 2) BigDecimal orderYearlyValue) {

    /**
     * An outcome without anything more to say (no answer, busy, voicemail, wrong number, reached).
     */
    public static CallResult of(CallOutcome outcome, String notes) {
        return new CallResult(outcome, notes, null, null, false, null, null, null, null, null);
    }
}
