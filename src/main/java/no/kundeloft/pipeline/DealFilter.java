package no.kundeloft.pipeline;

import java.time.YearMonth;

/**
 * What the pipeline is narrowed to; null means "any". {@code closed} null shows open deals only,
 * true the won and lost ones. {@code stuck} keeps open deals with no activity for {@link
 * DealService#STUCK_DAYS} days.
 */
public record DealFilter(
        Long ownerId,
        Long teamId,
        DealKind kind,
        YearMonth closeFrom,
        YearMonth closeTo,
        Long stageId,
        boolean stuck,
        Boolean closed,
        Long customerId,
        boolean slipped,
        boolean keyCustomers) {

    public DealFilter(
            Long ownerId,
            Long teamId,
            DealKind kind,
            YearMonth closeFrom,
            YearMonth closeTo,
            Long stageId,
            boolean stuck,
            Boolean closed,
            Long customerId) {
        this(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                false,
                false);
    }

    public static DealFilter open() {
        return new DealFilter(null, null, null, null, null, null, false, null, null);
    }

    /** Every deal at one customer, open and closed. */
    public static DealFilter customer(Long customerId) {
        return new DealFilter(null, null, null, null, null, null, false, Boolean.FALSE, customerId);
    }

    /** Open deals whose close month was moved later at least once. */
    public DealFilter withSlipped() {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                true,
                keyCustomers);
    }

    /** Open deals at key customers. */
    public DealFilter withKeyCustomers() {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                true);
    }

    public DealFilter withOwner(Long ownerId) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }

    public DealFilter withTeam(Long teamId) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }

    public DealFilter withKind(DealKind kind) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }

    public DealFilter withClose(YearMonth from, YearMonth to) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                from,
                to,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }

    public DealFilter withStage(Long stageId) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }

    public DealFilter withStuck(boolean stuck) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }

    /** {@code null}: open deals; {@code true}: won and lost; {@code false}: all. */
    public DealFilter withClosed(Boolean closed) {
        return new DealFilter(
                ownerId,
                teamId,
                kind,
                closeFrom,
                closeTo,
                stageId,
                stuck,
                closed,
                customerId,
                slipped,
                keyCustomers);
    }
}
