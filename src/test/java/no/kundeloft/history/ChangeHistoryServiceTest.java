package no.kundeloft.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetStatus;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.budget.MonthTarget;
import no.kundeloft.customer.ContactForm;
import no.kundeloft.customer.ContactService;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerHistoryService;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.history.HistoryEntry.FieldChange;
import no.kundeloft.history.HistoryEntry.Kind;
import no.kundeloft.organisation.AdminService;
import no.kundeloft.revenue.RevenueCorrectionService;
import no.kundeloft.visit.CalendarFeedService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every save is kept as a version with who and when (from the Clock bean), and read back as field
 * changes: a customer's own fields, its contacts (removed ones too) and its revenue months; the
 * admins' search finds the save and what it changed. Out of scope stays "not found".
 */
class ChangeHistoryServiceTest extends CommittedScenarioTest {

    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired CustomerHistoryService customerHistory;
    @Autowired RevenueCorrectionService corrections;
    @Autowired AdminService admin;
    @Autowired HistoryService history;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarFeedService feeds;
    @Autowired BudgetService budgets;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_changed_field_is_kept_with_its_old_and_new_value_who_and_when() {
        clock.set(LocalDateTime.of(2026, 6, 18, 9, 30));
        signIn.as("am1");
        CustomerForm form = CustomerForm.of(customers.get(s.c1().getId()));
        form.setCity("Bergen");
        form.setPhone("+47 55 00 00 00");
        customers.update(s.c1().getId(), form);

        HistoryEntry latest = customerHistory.history(s.c1().getId()).getFirst();
        assertThat(latest.kind()).isEqualTo(Kind.CHANGED);
        assertThat(latest.recordType()).isEqualTo("Customer");
        assertThat(latest.byUsername()).isEqualTo("am1");
        assertThat(latest.byName()).isEqualTo("am1 Testesen");
        assertThat(latest.at()).isEqualTo(TestClock.at(LocalDateTime.of(2026, 6, 18, 9, 30)));
        assertThat(latest.changes())
                .containsExactly(
                        new FieldChange("city", null, "Bergen"),
                        new FieldChange("phone", null, "+47 55 00 00 00"));
    }

    @Test
    void contacts_added_changed_and_removed_stay_in_the_customers_history() {
        signIn.as("am1");
        Long id = contacts.add(s.c2().getId(), contact("Eva Strand", "Innkjøper"));
        contacts.update(id, contact("Eva Strand", "Innkjøpssjef"));
        contacts.remove(id);

        List<HistoryEntry> entries =
                customerHistory.history(s.c2().getId()).stream()
                        .filter(entry -> entry.recordType().equals("Contact"))
                        .toList();
        assertThat(entries)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.REMOVED, Kind.CHANGED, Kind.CREATED);
        assertThat(entries).extracting(HistoryEntry::recordLabel).containsOnly("Eva Strand");
        assertThat(entries.get(1).changes())
                .containsExactly(new FieldChange("title", "Innkjøper", "Innkjøpssjef"));
        assertThat(entries.get(2).changes())
                .contains(
                        new FieldChange("fullName", null, "Eva Strand"),
                        new FieldChange("customer", null, "Havbris Transport AS"));
    }

    @Test
    void an_erased_contact_leaves_no_personal_data_in_any_version() {
        signIn.as("am1");
        Long id = contacts.add(s.c2().getId(), contact("Eva Strand", "Innkjøper"));
        contacts.update(id, contact("Eva Strand", "Innkjøpssjef"));
        contacts.erase(id);

        List<HistoryEntry> entries =
                customerHistory.history(s.c2().getId()).stream()
                        .filter(entry -> entry.recordType().equals("Contact"))
                        .toList();
        assertThat(entries)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.REMOVED, Kind.CREATED);
        assertThat(entries).extracting(HistoryEntry::recordLabel).containsOnly("[erased]");
        assertThat(entries.toString()).doesNotContain("Eva", "Strand", "Innkjøp");
        assertThat(
                        jdbc.queryForList(
                                "select distinct full_name from contact_aud where id = ?",
                                String.class,
                                id))
                .containsExactly("[erased]");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from contact_aud where id = ? and title is not null",
                                Integer.class,
                                id))
                .isZero();
    }

    @Test
    void a_contact_removed_earlier_is_erased_from_the_history_on_request_by_an_admin() {
        signIn.as("am1");
        Long id = contacts.add(s.c2().getId(), contact("Eva Strand", "Innkjøper"));
        contacts.remove(id);
        assertThatThrownBy(() -> contacts.eraseRemoved(id))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("admin");
        contacts.eraseRemoved(id);
        assertThat(
                        jdbc.queryForList(
                                "select distinct full_name from contact_aud where id = ?",
                                String.class,
                                id))
                .containsExactly("[erased]");
        assertThat(customerHistory.history(s.c2().getId()).toString())
                .doesNotContain("Eva", "Strand");
        assertThatThrownBy(() -> contacts.eraseRemoved(987_654_321L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void each_save_of_revenue_is_one_entry_with_the_months_it_wrote() {
        signIn.as("mgrA");
        corrections.correct(
                s.c1().getId(), YearMonth.of(2026, 3), new BigDecimal("1000"), "First load");
        corrections.correct(
                s.c1().getId(),
                YearMonth.of(2026, 3),
                new BigDecimal("1250.50"),
                "Credit note reversed");

        List<HistoryEntry> revenue =
                customerHistory.history(s.c1().getId()).stream()
                        .filter(entry -> entry.recordType().equals("Revenue"))
                        .toList();
        assertThat(revenue).hasSize(2);
        assertThat(revenue.getFirst().changes())
                .singleElement()
                .satisfies(
                        change -> {
                            assertThat(change.field()).isEqualTo("2026-03");
                            assertThat((BigDecimal) change.from()).isEqualByComparingTo("1000");
                            assertThat((BigDecimal) change.to()).isEqualByComparingTo("1250.50");
                        });
        assertThat(revenue.getLast().changes())
                .singleElement()
                .satisfies(change -> assertThat(change.from()).isNull());
        assertThat(revenue)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.CHANGED, Kind.CREATED);

        signIn.as("booker");
        assertThat(customerHistory.history(s.c1().getId()))
                .noneMatch(entry -> entry.recordType().equals("Revenue"));
    }

    @Test
    void a_customer_outside_the_scope_has_no_history_to_read() {
        signIn.as("am1");
        CustomerForm form = CustomerForm.of(customers.get(s.c1().getId()));
        form.setCity("Bergen");
        customers.update(s.c1().getId(), form);

        signIn.as("am2");
        assertThatThrownBy(() -> customerHistory.history(s.c1().getId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customerHistory.history(987_654_321L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void admins_find_a_save_by_who_made_it_and_see_what_it_changed() {
        signIn.as("am1");
        CustomerForm form = CustomerForm.of(customers.get(s.c1().getId()));
        form.setCity("Tromsø");
        customers.update(s.c1().getId(), form);

        signIn.as("admin");
        admin.resetPassword(s.am2().getId());
        List<RevisionRow> byAm1 =
                history.search(new HistoryFilter("am1", null, null, null), PageRequest.of(0, 10))
                        .getContent();
        assertThat(byAm1)
                .singleElement()
                .satisfies(row -> assertThat(row.recordTypes()).containsExactly("Customer"));
        assertThat(history.changesIn(byAm1.getFirst().id()))
                .singleElement()
                .satisfies(
                        entry ->
                                assertThat(entry.changes())
                                        .containsExactly(new FieldChange("city", null, "Tromsø")));

        List<RevisionRow> people =
                history.search(
                                new HistoryFilter("admin", "Employee", null, null),
                                PageRequest.of(0, 10))
                        .getContent();
        assertThat(people)
                .singleElement()
                .satisfies(row -> assertThat(row.byUsername()).isEqualTo("admin"));
        assertThat(admin.history(s.am2().getId()))
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.CHANGED, Kind.CREATED);
        assertThat(admin.history(s.am2().getId()).getFirst().changes())
                .containsExactly(new FieldChange("passwordChangeRequired", false, true));
        assertThat(history.recordTypes()).contains("Customer", "Employee");
    }

    @Test
    void an_admin_turning_off_someones_calendar_feed_is_in_the_history() {
        signIn.as("am1");
        feeds.renew();
        signIn.as("admin");
        admin.turnOffCalendarFeed(s.am1().getId());

        RevisionRow turnedOff =
                history.search(
                                new HistoryFilter("admin", "CalendarFeed", null, null),
                                PageRequest.of(0, 10))
                        .getContent()
                        .getFirst();
        assertThat(history.changesIn(turnedOff.id()))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.kind()).isEqualTo(Kind.REMOVED);
                            assertThat(entry.recordLabel()).isEqualTo("am1 Testesen");
                            assertThat(entry.byUsername()).isEqualTo("admin");
                        });
    }

    @Test
    void a_budgets_drafting_and_approval_are_in_its_history() {
        BudgetSubject seller = new BudgetSubject(BudgetKind.SELLER, s.am1().getId());
        List<MonthTarget> months = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTarget(month, BigDecimal.valueOf(100), BigDecimal.TEN));
        }
        signIn.as("lead1");
        long version = budgets.saveDraft(seller, 2026, -1, months).current().version();
        version = budgets.send(seller, 2026, version).current().version();
        signIn.as("mgrA");
        budgets.approve(seller, 2026, version);

        List<HistoryEntry> entries = budgets.history(seller, 2026);
        assertThat(entries)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.CHANGED, Kind.CHANGED, Kind.CREATED);
        assertThat(entries.getFirst().byUsername()).isEqualTo("mgra");
        assertThat(entries.getFirst().changes())
                .contains(new FieldChange("status", BudgetStatus.SENT, BudgetStatus.APPROVED));
        assertThat(entries.get(1).changes())
                .contains(new FieldChange("status", BudgetStatus.DRAFT, BudgetStatus.SENT));
        signIn.as("am2");
        assertThatThrownBy(() -> budgets.history(seller, 2026))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_admins_search_the_history() {
        signIn.as("dir1");
        assertThatThrownBy(() -> history.search(HistoryFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.changesIn(1)).isInstanceOf(AccessDeniedException.class);
    }

    private static ContactForm contact(String name, String title) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setTitle(title);
        return form;
    }
}
