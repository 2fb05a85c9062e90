package no.kundeloft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class StageServiceTest extends ScenarioTest {

    @Autowired StageService stages;
    @Autowired DealService deals;

    private StageOption named(String name) {
        return stages.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void an_admin_adds_a_stage_before_won_and_lost_and_moves_it_earlier() {
        signIn.as(s.admin());
        stages.add("Demo given", 60);
        assertThat(stages.all())
                .extracting(StageOption::name)
                .containsExactly(
                        "Qualified",
                        "Needs analysis",
                        "Proposal",
                        "Negotiation",
                        "Demo given",
                        "Won",
                        "Lost");
        stages.move(named("Demo given").id(), -1);
        assertThat(deals.stages())
                .extracting(StageOption::name)
                .containsExactly(
                        "Qualified",
                        "Needs analysis",
                        "Proposal",
                        "Demo given",
                        "Negotiation",
                        "Won",
                        "Lost");
        stages.change(named("Demo given").id(), "Demo held", 65);
        assertThat(named("Demo held").probability()).isEqualTo(65);
    }

    @Test
    void bad_names_and_probabilities_and_changes_to_won_and_lost_are_refused() {
        signIn.as(s.admin());
        assertThatThrownBy(() -> stages.add(" ", 10)).hasMessageContaining("stage.refused.name");
        assertThatThrownBy(() -> stages.add("proposal", 10))
                .hasMessageContaining("stage.refused.exists");
        assertThatThrownBy(() -> stages.add("Pilot", 101))
                .hasMessageContaining("stage.refused.probability");
        assertThatThrownBy(() -> stages.setActive(named("Won").id(), false))
                .hasMessageContaining("stage.refused.closing");
        assertThatThrownBy(() -> stages.change(named("Lost").id(), "Gone", 0))
                .hasMessageContaining("stage.refused.closing");
        assertThat(stages.all()).hasSize(6);
    }

    @Test
    void a_stage_holding_open_deals_stays_in_use_and_an_unused_one_leaves_the_board() {
        signIn.as(s.am1());
        DealForm form = new DealForm();
        form.setCustomerId(s.c1().getId());
        form.setOwnerId(s.am1().getId());
        form.setTitle("Flere brukere");
        form.setKind(DealKind.GROWTH);
        form.setYearlyValue(BigDecimal.TEN);
        form.setCloseMonth(YearMonth.from(TestClock.TODAY));
        deals.create(form);
        signIn.as(s.admin());
        assertThatThrownBy(() -> stages.setActive(named("Qualified").id(), false))
                .hasMessageContaining("stage.refused.inUse");
        stages.setActive(named("Needs analysis").id(), false);
        assertThat(deals.stages()).extracting(StageOption::name).doesNotContain("Needs analysis");
    }

    @Test
    void only_admins_keep_the_stages() {
        signIn.as(s.mgrA());
        assertThatThrownBy(() -> stages.add("Pilot", 30)).isInstanceOf(AccessDeniedException.class);
    }
}
