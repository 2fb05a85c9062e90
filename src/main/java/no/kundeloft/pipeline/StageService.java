package no.kundeloft.pipeline;

import java.util.List;
import no.kundeloft.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's stages, kept by admins: open stages can be added, renamed, given another default
 * probability, put in another order and taken out of use; Won and Lost always stay. Every change
 * locks the stages first, so two admins never add the same name or the same position.
 */
@org.springframework.stereotype.Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class StageService {

    private final DealStageRepository stages;
    private final DealRepository deals;

    StageService(DealStageRepository stages, DealRepository deals) {
        this.stages = stages;
        this.deals = deals;
    }

    @Transactional(readOnly = true)
    public List<StageOption> all() {
        return stages.findAllInOrder().stream().map(StageOption::of).toList();
    }

    /** Adds an open stage before Won and Lost. */
    public StageOption add(String name, int probability) {
        List<DealStage> inOrder = stages.lockAll();
        String checked = checkedName(name, null);
        checkProbability(probability);
        int position = (int) inOrder.stream().filter(DealStage::isOpen).count() + 1;
        inOrder.stream().filter(s -> !s.isOpen()).forEach(s -> s.moveTo(s.getPosition() + 1));
        return StageOption.of(stages.save(new DealStage(checked, probability, position)));
    }

    /**
     * Changes an open stage's name (stages of our own only) and default probability; deals keep
     * theirs.
     */
    public void change(Long stageId, String name, int probability) {
        DealStage stage = openStage(stageId);
        checkProbability(probability);
        stage.rename(
                stage.getCode() == null ? checkedName(name, stage) : stage.getName(), probability);
    }

    /** Swaps an open stage with the open stage before ({@code -1}) or after ({@code +1}) it. */
    public void move(Long stageId, int direction) {
        DealStage stage = openStage(stageId);
        List<DealStage> open = stages.findAllInOrder().stream().filter(DealStage::isOpen).toList();
        int at = open.indexOf(stage) + Integer.signum(direction);
        if (at < 0 || at >= open.size()) {
            return;
        }
        DealStage other = open.get(at);
        int position = stage.getPosition();
        stage.moveTo(other.getPosition());
        other.moveTo(position);
    }

    /**
     * Takes an open stage out of use (refused while open deals are in it, or when it is the last
     * one) or back.
     */
    public void setActive(Long stageId, boolean active) {
        DealStage stage = openStage(stageId);
        if (!active) {
            long inStage = deals.countByStageId(stageId);
            if (inStage > 0) {
                throw new DealRefusedException("stage.refused.inUse", inStage);
            }
            if (stages.findAllInOrder().stream().filter(s -> s.isOpen() && s.isActive()).count()
                    <= 1) {
                throw new DealRefusedException("stage.refused.last");
            }
        }
        stage.setActive(active);
    }

    private DealStage openStage(Long stageId) {
        stages.lockAll();
        DealStage stage =
                stages.findById(stageId)
                        .orElseThrow(() -> new NotFoundException("DealStage", stageId));
        if (!stage.isOpen()) {
            throw new DealRefusedException("stage.refused.closing");
        }
        return stage;
    }

    private String checkedName(String name, DealStage self) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw new DealRefusedException("stage.refused.name");
        }
        boolean taken =
                stages.findAllInOrder().stream()
                        .anyMatch(s -> !s.equals(self) && s.getName().equalsIgnoreCase(trimmed));
        if (taken) {
            throw new DealRefusedException("stage.refused.exists", trimmed);
        }
        return trimmed;
    }

    private static void checkProbability(int probability) {
        if (probability < 0 || probability > 100) {
            throw new DealRefusedException("stage.refused.probability");
        }
    }
}
