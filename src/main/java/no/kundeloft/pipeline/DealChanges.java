package no.kundeloft.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.People;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.stereotype.Component;

/**
 * What every change of a deal does besides the change itself: the form checked against the rules,
 * the stage changed (a won deal makes its customer won), who changed it and when, and the next step
 * kept as its owner's task.
 */
@Component
class DealChanges {

    private final DealStageRepository stages;
    private final DealRules rules;
    private final DealWins wins;
    private final Tasks tasks;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;

    DealChanges(
            DealStageRepository stages,
            DealRules rules,
            DealWins wins,
            Tasks tasks,
            People people,
            CurrentUser currentUser,
            Clock clock) {
        this.stages = stages;
        this.rules = rules;
        this.wins = wins;
        this.tasks = tasks;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void apply(Deal deal, Customer customer, DealForm form) {
        deal.describe(form, rules.check(customer, form, deal.getOpenedOn()));
        touch(deal);
    }

    void changeStage(Deal deal, DealStage target, String reason) {
        if (target.equals(deal.getStage())) {
            return;
        }
        DealRules.checkClosing(target, reason);
        deal.moveTo(target, reason, today());
        if (target.getOutcome() == StageOutcome.WON) {
            wins.won(deal, currentUser.require());
        }
    }

    /**
     * An open deal's next step with a day is its owner's task; a closed deal, or one without a next
     * step, has none open.
     */
    void followNextStep(Deal deal) {
        boolean open = deal.getStage().getOutcome() == StageOutcome.OPEN;
        tasks.follow(
                TaskSource.DEAL,
                deal.getId(),
                deal.getCustomer(),
                people.me(),
                open ? deal.getNextStep() : null,
                deal.getOwner(),
                deal.getNextStepDue());
    }

    DealStage stage(Long stageId) {
        return stages.findById(stageId)
                .filter(DealStage::isActive)
                .orElseThrow(() -> new DealRefusedException("deal.refused.stage"));
    }

    DealStage firstOpenStage() {
        return stages.findAllInOrder().stream()
                .filter(s -> s.isActive() && s.isOpen())
                .findFirst()
                .orElseThrow(() -> new DealRefusedException("deal.refused.noStages"));
    }

    void touch(Deal deal) {
        KundeloftUser user = currentUser.require();
        deal.touched(user.fullName(), clock.instant());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
