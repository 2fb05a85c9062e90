package no.kundeloft.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.revenue.RollupLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weighted pipeline in the attainment reports, checked by hand. The test clock stands on 17
 * June 2026 with May loaded, so June to December are open.
 */
class PipelineCoverageServiceTest extends ScenarioTest {

    private static final YearMonth JUNE = YearMonth.from(TestClock.TODAY);

    @Autowired AttainmentService attainment;
    @Autowired DealService deals;
    @Autowired jakarta.persistence.EntityManager em;

    private DealDetails open(
            Customer customer, long yearly, long oneOff, String stage, YearMonth closes) {
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(customer.getOwner().getId());
        form.setTitle("Deal");
        form.setKind(DealKind.usualFor(customer.getStatus()));
        form.setYearlyValue(BigDecimal.valueOf(yearly));
        form.setOneOffValue(BigDecimal.valueOf(oneOff));
        StageOption chosen =
                deals.stages().stream()
                        .filter(s -> stage.equals(s.code()))
                        .findFirst()
                        .orElseThrow();
        form.setStageId(chosen.id());
        form.setProbability(chosen.probability());
        form.setCloseMonth(closes);
        form.setCloseReason(chosen.open() ? null : "Reason");
        return deals.create(form);
    }

    @Test
    void
            a_deal_won_in_the_last_loaded_month_counts_in_full_until_its_revenue_is_loaded_this_year_and_next() {
        signIn.as(s.am1());
        DealDetails won = open(s.c1(), 120_000, 0, "WON", JUNE.plusMonths(1));
        em.createQuery("update Deal d set d.closeMonth = :may where d.id = :id")
                .setParameter("may", JUNE.minusMonths(1))
                .setParameter("id", won.id())
                .executeUpdate();
        // May is loaded, June is not: its first month of revenue is open, so June to December count
        // in full
        assertThat(
                        attainment
                                .report(Node.of(RollupLevel.SELLER, s.am1().getId()), 2026)
                                .figures()
                                .pipeline(Measure.PORTFOLIO))
                .isEqualByComparingTo("70000");
        assertThat(
                        attainment
                                .report(Node.of(RollupLevel.SELLER, s.am1().getId()), 2027)
                                .figures()
                                .pipeline(Measure.PORTFOLIO))
                .isEqualByComparingTo("120000");
        // won in April: May's revenue is loaded, so the deal's revenue is actual and extends the
        // run rate
        em.createQuery("update Deal d set d.closeMonth = :april where d.id = :id")
                .setParameter("april", JUNE.minusMonths(2))
                .setParameter("id", won.id())
                .executeUpdate();
        assertThat(
                        attainment
                                .report(Node.of(RollupLevel.SELLER, s.am1().getId()), 2026)
                                .figures()
                                .pipeline(Measure.PORTFOLIO))
                .isZero();
    }

    @Test
    void a_sellers_pipeline_counts_open_deals_weighted_and_won_ones_in_full_per_measure() {
        s.c2().setStatus(CustomerStatus.PROSPECT);
        signIn.as(s.am1());
        // new customer, 50 %: 120 000 a year from September (4 × 5 000) + 12 000 one-off × 50 % in
        // August
        open(s.c2(), 120_000, 12_000, "PROPOSAL", JUNE.plusMonths(2));
        // growth, 10 %: 240 000 a year from July (6 × 2 000)
        open(s.c1(), 240_000, 0, "QUALIFIED", JUNE);
        // growth won today (closes in June): 60 000 in full from July (6 × 5 000)
        open(s.c1(), 60_000, 0, "WON", JUNE.plusMonths(1));
        // lost: nothing
        open(s.c1(), 900_000, 0, "LOST", JUNE.plusMonths(1));
        signIn.as(s.am2());
        open(s.c3(), 120_000, 0, "NEGOTIATION", JUNE);

        signIn.as(s.am1());
        YearFigures mine =
                attainment.report(Node.of(RollupLevel.SELLER, s.am1().getId()), 2026).figures();
        assertThat(mine.pipeline(Measure.NEW_SALES)).isEqualByComparingTo("26000");
        assertThat(mine.pipeline(Measure.PORTFOLIO)).isEqualByComparingTo("42000");
        assertThat(mine.forecastParts(Measure.TOTAL).pipeline()).isEqualByComparingTo("68000");

        // am2's 120 000 at 75 % from July: 6 × 7 500; the team adds both sellers
        signIn.as(s.lead1());
        AttainmentReport team = attainment.report(Node.of(RollupLevel.TEAM, s.t1().getId()), 2026);
        assertThat(team.figures().pipeline(Measure.PORTFOLIO)).isEqualByComparingTo("87000");
        assertThat(team.rows())
                .filteredOn(row -> row.node().id().equals(s.am2().getId()))
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row.figures().pipeline(Measure.PORTFOLIO))
                                        .isEqualByComparingTo("45000"));

        // next year: nothing of it is loaded, so every month after each close month counts
        signIn.as(s.am1());
        YearFigures next =
                attainment.report(Node.of(RollupLevel.SELLER, s.am1().getId()), 2027).figures();
        assertThat(next.pipeline(Measure.NEW_SALES)).isEqualByComparingTo("60000");
        assertThat(next.pipeline(Measure.PORTFOLIO)).isEqualByComparingTo("84000");

        // a seller of another department's manager sees none of it
        signIn.as(s.mgrB());
        assertThat(
                        attainment
                                .report(attainment.myTop().orElseThrow(), 2026)
                                .figures()
                                .pipeline(Measure.TOTAL))
                .isZero();
    }
}
