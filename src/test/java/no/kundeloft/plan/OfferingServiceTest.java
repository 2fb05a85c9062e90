package no.kundeloft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OfferingServiceTest extends ScenarioTest {

    @Autowired OfferingService offerings;
    @Autowired PlanService plans;

    @Test
    void admins_keep_the_catalogue_names_are_unique_and_inactive_offerings_leave_the_grids() {
        signIn.as(s.admin());
        Offering cloud = offerings.add("  Cloud ");
        assertThat(cloud.getName()).isEqualTo("Cloud");
        assertThatThrownBy(() -> offerings.add("cloud"))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> offerings.add(" ")).isInstanceOf(PlanRefusedException.class);
        offerings.add("Security");
        offerings.setActive(cloud.getId(), false);
        signIn.as(s.kam1());
        assertThat(plans.activeOfferings())
                .extracting(Offering::getName)
                .containsExactly("Security");
        assertThatThrownBy(() -> offerings.add("Consulting"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
