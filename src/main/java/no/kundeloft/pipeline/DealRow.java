package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A deal as a board card and a list row show it. {@code value} is the first year's: yearly plus
 * one-off; {@code stuck} means open without any change for {@link DealService#STUCK_DAYS} days;
 * {@code late} open with its close month passed.
 */
public record DealRow(
        Long id,
        long version,
        Long customerId,
        String customerName,
        String ownerName,
        String title,
        DealKind kind,
        BigDecimal yearlyValue,
        BigDecimal oneOffValue,
        StageOption stage,
        int probability,
        YearMonth closeMonth,
        LocalDate stageSince,
        long daysInStage,
        Instant lastActivityAt,
        boolean stuck,
        boolean late,
        int closeMonthSlips,
        String nextStep,
        LocalDate nextStepDue,
        Long offeringId) {

    static DealRow of(Deal deal, LocalDate today, Instant stuckBefore) {
        boolean open = deal.isOpen();
        return new DealRow(
                deal.getId(),
                deal.getVersion(),
                deal.getCustomer().getId(),
                deal.getCustomer().getName(),
                deal.getOwner().getFullName(),
                deal.getTitle(),
                deal.getKind(),
                deal.getYearlyValue(),
                deal.getOneOffValue(),
                StageOption.of(deal.getStage()),
                deal.getProbability(),
                deal.getCloseMonth(),
                deal.getStageSince(),
                ChronoUnit.DAYS.between(deal.getStageSince(), today),
                deal.getLastActivityAt(),
                open && deal.getLastActivityAt().isBefore(stuckBefore),
                open && deal.getCloseMonth().isBefore(YearMonth.from(today)),
                deal.getCloseMonthSlips(),
                deal.getNextStep(),
                deal.getNextStepDue(),
                deal.getOfferingId());
    }

    public BigDecimal value() {
        return yearlyValue.add(oneOffValue);
    }

    public BigDecimal weightedValue() {
        return value().multiply(BigDecimal.valueOf(probability))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
    }
}
