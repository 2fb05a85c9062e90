package no.kundeloft.revenue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.kundeloft.KaribuTest;
import no.kundeloft.base.ui.EChart;
import org.junit.jupiter.api.Test;

class CustomerRevenueSectionTest extends KaribuTest {

    @Test
    void a_seller_sees_the_customers_revenue_and_chart() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_get(Span.class, spec -> spec.withId("revenue-ytd")).getText())
                .isEqualTo("NOK\u00a00");
        assertThat(_get(Span.class, spec -> spec.withId("revenue-growth")).getText())
                .isEqualTo("–");
        assertThat(_get(Span.class, spec -> spec.withId("revenue-kind")).getText())
                .isEqualTo("Portfolio revenue");
        assertThat(_get(EChart.class).getOption()).contains("\"type\":\"bar\"").contains("\"Jan\"");
    }

    @Test
    void a_meeting_booker_sees_no_revenue() {
        login(s.booker());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Div.class, spec -> spec.withId("customer-revenue"))).isEmpty();
    }
}
