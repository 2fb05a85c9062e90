package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of the board: the stage, how many deals in it match the filter, their first-year value
 * and weighted value, and the first {@code deals} of them (soonest close month first).
 */
public record StageColumn(
        StageOption stage,
        long count,
        BigDecimal value,
        BigDecimal weightedValue,
        List<DealRow> deals) {}
