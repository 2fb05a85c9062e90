package no.kundeloft.visit;

import java.time.Instant;

/** A visit in the calendar or a list: enough to show it and open it. */
public record VisitItem(
        Long id,
        Long customerId,
        String customerName,
        boolean keyCustomer,
        Long hostId,
        String hostName,
        Instant startsAt,
        Instant endsAt,
        VisitMode mode,
        VisitStatus status,
        String purpose,
        boolean directorAttending) {

    static VisitItem of(Visit visit) {
        boolean director =
                visit.getParticipants().stream()
                        .anyMatch(
                                p ->
                                        p.getStatus() == ParticipantStatus.ACCEPTED
                                                && p.getEmployee().getRole()
                                                        == no.kundeloft.security.SalesRole
                                                                .SALES_DIRECTOR);
        return new VisitItem(
                visit.getId(),
                visit.getCustomer().getId(),
                visit.getCustomer().getName(),
                visit.getCustomer().getTier() == no.kundeloft.customer.CustomerTier.KEY,
                visit.getHost().getId(),
                visit.getHost().getFullName(),
                visit.getStartsAt(),
                visit.getEndsAt(),
                visit.getMode(),
                visit.getStatus(),
                visit.getPurpose(),
                director);
    }
}
