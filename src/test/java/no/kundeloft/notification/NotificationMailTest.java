package no.kundeloft.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.budget.MonthTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notification e-mails received by a real SMTP server in the test (GreenMail on the port the test
 * profile names): only the kinds the recipient chose, in their language, with the comment and a
 * link to the record.
 */
class NotificationMailTest extends CommittedScenarioTest {

    private static GreenMail smtp;

    @Autowired BudgetService budgets;
    @Autowired NotificationService notifications;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static List<MonthTarget> months(int portfolio) {
        List<MonthTarget> months = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(
                    new MonthTarget(
                            month,
                            java.math.BigDecimal.valueOf(portfolio),
                            java.math.BigDecimal.ZERO));
        }
        return months;
    }

    @Test
    void a_budget_sent_back_is_mailed_to_its_drafter_who_chose_so_and_nothing_else_is()
            throws Exception {
        signIn.as(s.kam1());
        notifications.chooseEmailKinds(EnumSet.of(NotificationKind.BUDGET_RETURNED));
        BudgetSubject key = new BudgetSubject(BudgetKind.KEY_CUSTOMER, s.k1().getId());
        int year = budgets.budgetYear();
        long draft = budgets.saveDraft(key, year, -1, months(900)).current().version();
        long sent = budgets.send(key, year, draft).current().version();

        signIn.as(s.lead1());
        budgets.sendBack(key, year, sent, "Add the cloud move in Q3.");

        assertThat(smtp.waitForIncomingEmail(10_000, 1))
                .as("the drafter's e-mail arrives")
                .isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kam1@test.example");
        assertThat(mail.getSubject())
                .isEqualTo(
                        "Kundeløft: lead1 Testesen sent the budget "
                                + s.k1().getName()
                                + " "
                                + year
                                + " back to you:");
        assertThat((String) mail.getContent())
                .contains(
                        "Add the cloud move in Q3.", "http://localhost:8080/budgets?year=" + year);

        long sentAgain = budgets.sheet(key, year).current().version();
        signIn.as(s.kam1());
        sentAgain = budgets.send(key, year, sentAgain).current().version();
        signIn.as(s.lead1());
        budgets.approve(key, year, sentAgain);
        assertThat(smtp.waitForIncomingEmail(2_000, 2))
                .as("an approval, not chosen, comes to the bell only")
                .isFalse();
        signIn.as(s.kam1());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .first()
                .isEqualTo(NotificationKind.BUDGET_APPROVED);
        assertThat(notifications.emailKinds()).containsExactly(NotificationKind.BUDGET_RETURNED);
    }
}
