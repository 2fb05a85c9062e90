package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.SchemaTables;
import no.kundeloft.base.Problem;
import no.kundeloft.revenue.CreditedRevenue;
import no.kundeloft.revenue.RevenueEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Merging two customers that are one, committed, so the credited revenue is summed too. */
class CustomerMergeServiceTest extends CommittedScenarioTest {

    @Autowired CustomerMergeService merges;
    @Autowired List<CustomerMergeStep> steps;
    @Autowired CustomerRepository customers;
    @Autowired EntityManager em;
    @Autowired JdbcTemplate jdbc;
    @Autowired CreditedRevenue credited;

    private void book(Customer customer, int month, String amount) {
        em.persist(
                new RevenueEntry(
                        em.find(Customer.class, customer.getId()),
                        YearMonth.of(2026, month),
                        new BigDecimal(amount)));
    }

    private List<String> credited() {
        return jdbc.query(
                "select owner_id, revenue_month, portfolio, new_sales from credited_revenue order"
                        + " by owner_id, revenue_month",
                (row, n) ->
                        row.getLong(1)
                                + " "
                                + row.getDate(2)
                                + " "
                                + row.getBigDecimal(3).setScale(2)
                                + " "
                                + row.getBigDecimal(4).setScale(2));
    }

    @Test
    void everything_of_the_duplicate_moves_and_revenue_of_the_same_month_is_added_up() {
        transaction.executeWithoutResult(
                status -> {
                    book(s.c1(), 2, "100");
                    book(s.c1(), 3, "200");
                    book(s.c3(), 3, "50");
                    book(s.c3(), 4, "70");
                    Customer c3 = em.find(Customer.class, s.c3().getId());
                    c3.setPhone("+47 22 11 22 33");
                    Contact contact = new Contact(c3, "Tor Tinde", "Eier", null, null);
                    contact.setPrimary(true);
                    em.persist(contact);
                });
        signIn.as(s.lead1());

        MergePreview preview = merges.preview(s.c1().getId(), s.c3().getId());
        assertThat(preview.canMerge()).isTrue();
        assertThat(preview.moves())
                .containsExactlyInAnyOrder(
                        new Problem("merge.moves.contacts", 1L),
                        new Problem("merge.moves.revenueMonths", 2L));
        assertThat(preview.filledIn()).containsExactly(ImportColumn.PHONE);

        transaction.executeWithoutResult(status -> merges.merge(s.c1().getId(), s.c3().getId()));

        assertThat(customers.findById(s.c3().getId())).isEmpty();
        assertThat(
                        jdbc.queryForList(
                                "select amount from revenue_entry where customer_id = ? order by"
                                        + " revenue_month",
                                BigDecimal.class,
                                s.c1().getId()))
                .extracting(a -> a.setScale(0))
                .containsExactly(
                        new BigDecimal("100"), new BigDecimal("250"), new BigDecimal("70"));
        assertThat(
                        jdbc.queryForList(
                                "select full_name from contact where customer_id = ? and"
                                        + " is_primary = true",
                                String.class,
                                s.c1().getId()))
                .containsExactly("Kari Fjeld");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from contact where customer_id = ?",
                                Long.class,
                                s.c1().getId()))
                .isEqualTo(3);
        assertThat(customers.findById(s.c1().getId()).orElseThrow().getPhone())
                .isEqualTo("+47 22 11 22 33");
        List<String> kept = credited();
        credited.rebuild();
        assertThat(credited()).as("credited revenue summed as from scratch").isEqualTo(kept);
    }

    @Test
    void the_one_that_stays_takes_only_the_parts_of_the_address_it_lacks() {
        transaction.executeWithoutResult(
                status -> {
                    em.find(Customer.class, s.c1().getId()).setAddress(null, "0150", "Oslo");
                    em.find(Customer.class, s.c3().getId()).setAddress("Strandveien 5", null, null);
                });
        signIn.as(s.lead1());
        assertThat(merges.preview(s.c1().getId(), s.c3().getId()).filledIn())
                .contains(ImportColumn.STREET)
                .doesNotContain(ImportColumn.POSTAL_CODE, ImportColumn.CITY);

        transaction.executeWithoutResult(status -> merges.merge(s.c1().getId(), s.c3().getId()));

        Customer kept = customers.findById(s.c1().getId()).orElseThrow();
        assertThat(kept.getStreet()).isEqualTo("Strandveien 5");
        assertThat(kept.getPostalCode()).isEqualTo("0150");
        assertThat(kept.getCity()).isEqualTo("Oslo");
    }

    @Test
    void two_plans_for_the_same_year_refuse_the_merge_and_nothing_changes() {
        transaction.executeWithoutResult(
                status -> {
                    for (Customer customer : List.of(s.c1(), s.c3())) {
                        em.createNativeQuery(
                                        "insert into account_plan (id, version, customer_id,"
                                                + " plan_year) values (?1, 0, ?2, 2026)")
                                .setParameter(1, 900_000 + customer.getId())
                                .setParameter(2, customer.getId())
                                .executeUpdate();
                    }
                });
        signIn.as(s.lead1());
        assertThat(merges.preview(s.c1().getId(), s.c3().getId()).conflicts())
                .containsExactly(new Problem("merge.conflict.plans", 2026));
        assertThatThrownBy(
                        () ->
                                transaction.executeWithoutResult(
                                        status -> merges.merge(s.c1().getId(), s.c3().getId())))
                .isInstanceOf(MergeRefusedException.class);
        assertThat(customers.findById(s.c3().getId())).isPresent();
    }

    @Test
    void a_customer_is_not_merged_with_itself_nor_by_sellers_nor_outside_the_leaders_team() {
        signIn.as(s.lead1());
        assertThatThrownBy(
                        () ->
                                transaction.executeWithoutResult(
                                        status -> merges.merge(s.c1().getId(), s.c1().getId())))
                .isInstanceOf(MergeRefusedException.class);
        assertThatThrownBy(
                        () ->
                                transaction.executeWithoutResult(
                                        status -> merges.merge(s.c1().getId(), s.c4().getId())))
                .isNotInstanceOf(MergeRefusedException.class);
        assertThat(customers.findById(s.c4().getId())).isPresent();
        signIn.as(s.am1());
        assertThatThrownBy(() -> merges.preview(s.c1().getId(), s.c2().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_table_that_names_a_customer_is_moved_by_a_merge_step() {
        Set<String> named = SchemaTables.withColumn(jdbc, "customer_id");
        Set<String> moved =
                steps.stream()
                        .flatMap(step -> step.tables().stream())
                        .collect(Collectors.toCollection(TreeSet::new));
        moved.add("customer_ownership");
        assertThat(moved).isEqualTo(named);
    }
}
