package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seller's day in a real browser: a visit's next step ticked off in {@code /tasks}, and Ctrl+K
 * finding a contact by phone.
 */
class SellersDayBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void am_marks_a_visits_next_step_done_from_the_task_list() {
        Map<String, Object> visit =
                jdbc.queryForMap(
                        """
                select v.id, v.customer_id from visit v join employee e on e.id = v.host_id
                where e.username = 'am' and v.status = 'DONE' order by v.starts_at desc limit 1""");
        String what = "Send the revised offer " + System.nanoTime();
        jdbc.update(
                """
                insert into task (id, customer_id, description, assignee_id, created_by_id, due_date, source, source_id, created_at)
                select nextval('entity_seq'), ?, ?, e.id, e.id, ?, 'VISIT', ?, current_timestamp
                from employee e where e.username = 'am'""",
                visit.get("customer_id"),
                what,
                java.sql.Date.valueOf(LocalDate.now(ZoneId.of("Europe/Oslo"))),
                visit.get("id"));
        Long taskId =
                jdbc.queryForObject("select id from task where description = ?", Long.class, what);

        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/tasks?view=today"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("task-done-" + taskId))).click();

        wait.until(
                driver ->
                        jdbc.queryForObject(
                                "select done from task where id = ?", Boolean.class, taskId));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-done-" + taskId)));
        assertThat(
                        jdbc.queryForObject(
                                "select done_at from task where id = ?",
                                java.sql.Timestamp.class,
                                taskId))
                .isNotNull();
        browser.get(url("/tasks?view=done"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks-grid"), what));
    }

    @Test
    void ctrl_k_finds_a_contact_by_the_phone_number_as_the_seller_writes_it() {
        Map<String, Object> contact =
                jdbc.queryForMap(
                        """
                select k.full_name, k.phone, k.phone_digits, k.customer_id from contact k
                join customer c on c.id = k.customer_id join employee e on e.id = c.owner_id
                where e.username = 'am' and k.phone_digits is not null and length(k.phone_digits) >= 8
                order by k.id limit 1""");
        String digits = (String) contact.get("phone_digits");
        String typed =
                digits.substring(digits.length() - 8, digits.length() - 5)
                        + " "
                        + digits.substring(digits.length() - 5);

        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("search-open")));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-field input")))
                .sendKeys(typed);
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("search-results"), (String) contact.get("full_name")));

        // ↓ through the hits (a customer whose org number holds the digits may come first) to the
        // contact, Enter opens it
        for (int step = 0;
                step < 10
                        && !browser.switchTo()
                                .activeElement()
                                .getText()
                                .contains((String) contact.get("full_name"));
                step++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(browser.switchTo().activeElement().getAttribute("class"))
                .contains("search-hit-contact");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(url("/customers/" + contact.get("customer_id"))));
        assertThat(browser.findElement(By.id("contacts")).getText())
                .contains((String) contact.get("full_name"));
    }
}
