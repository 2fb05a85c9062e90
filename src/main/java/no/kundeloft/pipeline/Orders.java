package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.security.KundeloftUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order taken on the phone: a deal won today at the customer, owned by the customer's owner. It
 * checks no access itself: the calling feature's service has found the customer on a call list the
 * user works.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Orders {

    private final DealRepository deals;
    private final DealStageRepository stages;
    private final DealWins wins;
    private final Clock clock;

    Orders(DealRepository deals, DealStageRepository stages, DealWins wins, Clock clock) {
        this.deals = deals;
        this.stages = stages;
        this.wins = wins;
        this.clock = clock;
    }

    /**
     * The won deal's id: what was ordered, its yearly value, and the reason it is won (where it was
     * taken).
     */
    public Long won(
            Customer customer,
            KundeloftUser caller,
            String title,
            BigDecimal yearlyValue,
            String reason) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        DealStage first =
                stages.findAllInOrder().stream()
                        .filter(s -> s.isActive() && s.isOpen())
                        .findFirst()
                        .orElseThrow(() -> new DealRefusedException("deal.refused.noStages"));
        DealStage won =
                stages.findAllInOrder().stream()
                        .filter(s -> s.getOutcome() == StageOutcome.WON)
                        .findFirst()
                        .orElseThrow(() -> new DealRefusedException("deal.refused.noStages"));
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(customer.getOwner().getId());
        form.setTitle(title);
        form.setKind(DealKind.usualFor(customer.getStatus()));
        form.setYearlyValue(yearlyValue);
        form.setProbability(first.getProbability());
        form.setCloseMonth(YearMonth.from(today));
        Deal deal = new Deal(customer, customer.getOwner(), first, today);
        deal.describe(form, customer.getOwner());
        deal.moveTo(won, reason, today);
        deal.touched(caller.fullName(), clock.instant());
        deals.save(deal);
        wins.won(deal, caller);
        return deal.getId();
    }
}
