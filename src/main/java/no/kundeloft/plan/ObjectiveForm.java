package no.kundeloft.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objective as the KAM writes it; {@code version} is the one the KAM opened (ignored for a new
 * objective).
 */
public record ObjectiveForm(
        String description,
        BigDecimal targetValue,
        String targetUnit,
        LocalDate dueDate,
        Long ownerId,
        ObjectiveStatus status,
        int percentDone,
        long version) {}
