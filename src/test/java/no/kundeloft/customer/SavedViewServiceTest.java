package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import no.kundeloft.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SavedViewServiceTest extends ScenarioTest {

    @Autowired SavedViewService views;

    @Test
    void a_seller_keeps_named_views_and_a_name_is_theirs_once() {
        signIn.as(s.am1());
        views.save("Prospects in Oslo", "status=PROSPECT&q=oslo", false);
        assertThat(views.views())
                .singleElement()
                .satisfies(
                        view -> {
                            assertThat(view.query()).isEqualTo("status=PROSPECT&q=oslo");
                            assertThat(view.mine()).isTrue();
                            assertThat(view.shared()).isFalse();
                        });
        assertThatThrownBy(() -> views.save("prospects in oslo", "q=x", false))
                .hasMessageContaining("views.refused.nameTaken");
        assertThatThrownBy(() -> views.save("  ", "q=x", false))
                .hasMessageContaining("nameRequired");
        assertThatThrownBy(() -> views.save("x".repeat(101), "q=x", false))
                .hasMessageContaining("nameTooLong");
        assertThatThrownBy(() -> views.save("Shared", "q=x", true))
                .as("only a team leader shares")
                .hasMessageContaining("notLeader");
        signIn.as(s.am2());
        assertThat(views.views()).as("another seller's views are theirs").isEmpty();
    }

    @Test
    void a_team_leader_shares_a_view_with_the_team_only_and_only_the_owner_deletes_it() {
        signIn.as(s.lead1());
        assertThat(views.mayShare()).isTrue();
        SavedViewItem shared = views.save("Key customers", "tier=KEY", true);
        signIn.as(s.am2());
        assertThat(views.views())
                .extracting(SavedViewItem::name, SavedViewItem::shared, SavedViewItem::mine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Key customers", true, false));
        assertThatThrownBy(() -> views.delete(shared.id())).isInstanceOf(NotFoundException.class);
        signIn.as(s.am3());
        assertThat(views.views()).as("another team").isEmpty();
        signIn.as(s.lead1());
        views.delete(shared.id());
        signIn.as(s.am2());
        assertThat(views.views()).isEmpty();
    }
}
