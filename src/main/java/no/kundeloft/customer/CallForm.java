package no.kundeloft.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A call to log: with whom (a contact of the customer, optional), how it went, how long it took,
 * what was said, why they are not interested, and the next step with its day (and time, required
 * for a call back).
 */
public record CallForm(
        Long contactId,
        @NotNull CallOutcome outcome,
        @Min(0) @Max(600) Integer durationMinutes,
        @Size(max = ActivityService.MAX_TEXT) String notes,
        @Size(max = 500) String reason,
        @Size(max = ActivityService.MAX_NEXT_STEP) String nextStep,
        LocalDate nextStepDue,
        LocalTime nextStepTime) {}
