package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** One deal as the dialog and the customer page show it. */
public record DealDetails(
        Long id,
        long version,
        Long customerId,
        String customerName,
        Long ownerId,
        String ownerName,
        String title,
        DealKind kind,
        BigDecimal yearlyValue,
        BigDecimal oneOffValue,
        StageOption stage,
        int probability,
        YearMonth closeMonth,
        String nextStep,
        LocalDate nextStepDue,
        String competitor,
        String closeReason,
        LocalDate openedOn,
        LocalDate stageSince,
        LocalDate closedOn,
        int closeMonthSlips,
        Long offeringId) {

    static DealDetails of(Deal deal) {
        return new DealDetails(
                deal.getId(),
                deal.getVersion(),
                deal.getCustomer().getId(),
                deal.getCustomer().getName(),
                deal.getOwner().getId(),
                deal.getOwner().getFullName(),
                deal.getTitle(),
                deal.getKind(),
                deal.getYearlyValue(),
                deal.getOneOffValue(),
                StageOption.of(deal.getStage()),
                deal.getProbability(),
                deal.getCloseMonth(),
                deal.getNextStep(),
                deal.getNextStepDue(),
                deal.getCompetitor(),
                deal.getCloseReason(),
                deal.getOpenedOn(),
                deal.getStageSince(),
                deal.getClosedOn(),
                deal.getCloseMonthSlips(),
                deal.getOfferingId());
    }
}
