package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One seller's pipeline and record: open deals and their weighted value, and of the deals closed in
 * the last twelve months how many were won and lost, the won ones' first-year value and average
 * days from opened to won.
 */
public record SellerPipeline(
        Long ownerId,
        String ownerName,
        long open,
        BigDecimal weighted,
        long won,
        long lost,
        BigDecimal wonValue,
        Double averageDaysToWin) {

    /** Won of closed, in percent with no decimals; null before anything closed. */
    public BigDecimal winRatePercent() {
        long closed = won + lost;
        return closed == 0
                ? null
                : BigDecimal.valueOf(won * 100)
                        .divide(BigDecimal.valueOf(closed), 0, RoundingMode.HALF_UP);
    }

    /** The average first-year value of a won deal; null before one is won. */
    public BigDecimal averageWonValue() {
        return won == 0 ? null : wonValue.divide(BigDecimal.valueOf(won), 0, RoundingMode.HALF_UP);
    }
}
