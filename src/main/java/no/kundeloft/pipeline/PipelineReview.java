package no.kundeloft.pipeline;

import java.util.List;

/**
 * What a leader reviews in the pipeline of their area: stuck deals (no change for {@link
 * DealService#STUCK_DAYS} days), deals whose close month has passed, deals whose close month was
 * moved later, the biggest open deals (each list the first {@link DealService#REVIEW_ROWS}, with
 * how many there are), and each seller's record.
 */
public record PipelineReview(
        List<DealRow> stuck,
        long stuckCount,
        List<DealRow> late,
        long lateCount,
        List<DealRow> slipped,
        long slippedCount,
        List<DealRow> biggest,
        List<SellerPipeline> sellers) {}
