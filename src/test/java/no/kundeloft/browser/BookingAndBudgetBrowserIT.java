package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the meeting booker books a visit by picking one of a seller's free slots; the
 * team leader sends a key-customer budget back with a comment and its drafter, the key account
 * manager, finds it under the bell.
 */
class BookingAndBudgetBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void booker_books_a_visit_in_a_free_slot_of_the_seller() {
        Map<String, Object> customer =
                jdbc.queryForMap(
                        """
                select c.id, e.full_name from customer c join employee e on e.id = c.owner_id
                where e.username = 'am' and c.status = 'ACTIVE' order by c.name limit 1""");
        String seller = (String) customer.get("full_name");
        signIn("booker", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/customers/" + customer.get("id")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("customer-plan-visit"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("visit-host"))).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//vaadin-select-item[starts-with(normalize-space(.), '"
                                                + seller
                                                + "')]")))
                .click();

        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#free-time .free-time-header")));
        if (browser.findElements(By.cssSelector("#free-time .free-time-slot")).isEmpty()) {
            // late on a Friday or at a weekend this week has nothing left: the next week has
            browser.findElement(By.id("free-time-next")).click();
        }
        WebElement slot =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#free-time .free-time-slot")));
        LocalDateTime start = LocalDateTime.parse(slot.getAttribute("data-start"));
        slot.click();
        browser.findElement(By.cssSelector("#visit-purpose input")).sendKeys("Needs new laptops");
        browser.findElement(By.cssSelector("#visit-need textarea"))
                .sendKeys("40 laptops before the spring; wants a quote");
        browser.findElement(By.id("visit-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("visit-dialog")));

        Map<String, Object> visit =
                jdbc.queryForMap(
                        """
                select v.starts_at, h.username host from visit v join employee h on h.id = v.host_id join employee b on b.id = v.booked_by_id
                where b.username = 'booker' and v.purpose = 'Needs new laptops'""");
        assertThat(visit.get("host")).isEqualTo("am");
        assertThat(((java.time.OffsetDateTime) visit.get("starts_at")).toInstant())
                .isEqualTo(start.atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }

    @Test
    void teamlead_sends_a_key_customer_budget_back_with_a_comment_and_kam_sees_it_under_the_bell() {
        Map<String, Object> budget =
                jdbc.queryForMap(
                        """
                select b.budget_year, b.customer_id from budget b join employee e on e.id = b.employee_id
                where e.username = 'kam' and b.kind = 'KEY_CUSTOMER' and b.status = 'SENT' order by b.budget_year, b.customer_id limit 1""");
        String comment = "Raise the cloud share in Q3 " + System.nanoTime();
        signIn("teamlead", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(
                url(
                        "/budgets?year="
                                + budget.get("budget_year")
                                + "&subject=key-customer-"
                                + budget.get("customer_id")));
        WebElement sendBack =
                wait.until(ExpectedConditions.elementToBeClickable(By.id("budget-send-back")));
        // the month sheet runs downwards on a laptop: the button is below the fold
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", sendBack);
        wait.until(ExpectedConditions.elementToBeClickable(sendBack)).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#send-back-comment textarea")))
                .sendKeys(comment);
        browser.findElement(By.id("send-back-confirm")).click();
        // the status is above the fold once the page stays at the buttons: read, not seen
        wait.until(
                driver ->
                        String.valueOf(
                                        ((JavascriptExecutor) driver)
                                                .executeScript(
                                                        "const s = document.getElementById('budget-status');"
                                                                + " return s ? s.textContent : ''"))
                                .contains("Draft"));

        WebDriver kam = anotherBrowser();
        WebDriverWait kamWait = new WebDriverWait(kam, java.time.Duration.ofSeconds(60));
        signIn(kam, "kam", "demo");
        kamWait.until(ExpectedConditions.urlToBe(url("/")));
        kamWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-count")));
        // clicked by script: in development mode the developer tools' corner may lie over the
        // header's right end
        ((JavascriptExecutor) kam)
                .executeScript(
                        "arguments[0].click()",
                        kamWait.until(
                                ExpectedConditions.elementToBeClickable(
                                        By.id("notification-bell"))));
        kamWait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("notification-list"), comment));
        assertThat(kam.findElement(By.id("notification-list")).getText())
                .contains("Kari Nordmann sent the budget");
    }
}
