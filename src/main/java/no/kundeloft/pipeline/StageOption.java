package no.kundeloft.pipeline;

/**
 * A stage as lists and boards show it; {@code code} is set for the built-in stages, which have
 * translated names.
 */
public record StageOption(
        Long id,
        String name,
        String code,
        StageOutcome outcome,
        int probability,
        int position,
        boolean active) {

    static StageOption of(DealStage stage) {
        return new StageOption(
                stage.getId(),
                stage.getName(),
                stage.getCode(),
                stage.getOutcome(),
                stage.getProbability(),
                stage.getPosition(),
                stage.isActive());
    }

    public boolean open() {
        return outcome == StageOutcome.OPEN;
    }
}
