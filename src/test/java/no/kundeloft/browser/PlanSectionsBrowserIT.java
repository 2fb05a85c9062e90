package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import no.kundeloft.base.Formats;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kam edits three sections of an account plan in a row (an upsell cell, its potential, a new
 * objective) with text typed in a fourth: the page stays where it is and the typed text stays.
 */
class PlanSectionsBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void three_sections_are_edited_without_the_page_moving_or_text_lost() {
        Long customerId =
                jdbc.queryForObject(
                        """
                        select p.customer_id from account_plan p join customer c on c.id = p.customer_id
                        join employee e on e.id = c.owner_id where e.username = 'kam'
                        order by p.customer_id limit 1""",
                        Long.class);
        signIn("kam", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/customers/" + customerId + "/plan"));

        WebElement priorities =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#plan-priorities textarea")));
        priorities.sendKeys(Keys.END, " Half a thought, not saved yet.");
        String typed = priorities.getAttribute("value");

        scrollToMiddle(browser.findElement(By.id("plan-whitespace")));
        double top = topOf("plan-whitespace");

        WebElement state =
                browser.findElement(
                        By.cssSelector("#plan-whitespace vaadin-select[id^=whitespace-state-]"));
        String offering = state.getAttribute("id").substring("whitespace-state-".length());
        state.click();
        // the list opens on the current state; the next one down is chosen
        wait.until(
                driver -> !driver.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        awaitSaved(1);
        assertThat(topOf("plan-whitespace")).isCloseTo(top, within(2.0));

        WebElement potential =
                browser.findElement(By.cssSelector("#whitespace-potential-" + offering + " input"));
        wait.until(ExpectedConditions.elementToBeClickable(potential));
        potential.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2500000", Keys.TAB);
        awaitSaved(2);
        assertThat(topOf("plan-whitespace")).isCloseTo(top, within(2.0));
        assertThat(potential.getAttribute("value").replaceAll("\\s", "")).isEqualTo("2,500,000");

        WebElement addObjective = browser.findElement(By.id("plan-add-objective"));
        scrollToMiddle(addObjective);
        double objectivesTop = topOf("plan-objectives");
        wait.until(ExpectedConditions.elementToBeClickable(addObjective)).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#objective-description input")))
                .sendKeys("Move the data centre to us");
        browser.findElement(By.id("objective-save")).click();
        awaitSaved(3);
        assertThat(topOf("plan-objectives")).isCloseTo(objectivesTop, within(2.0));
        assertThat(browser.findElement(By.id("plan-objectives-grid")).getText())
                .contains("Move the data centre to us");

        assertThat(
                        browser.findElement(By.cssSelector("#plan-priorities textarea"))
                                .getAttribute("value"))
                .isEqualTo(typed);
        browser.findElement(By.id("plan-save-situation")).click();
        awaitSaved(4);
        assertThat(
                        jdbc.queryForObject(
                                "select priorities from account_plan where customer_id = ? and plan_year = ?",
                                String.class,
                                customerId,
                                LocalDate.now(clock.withZone(Formats.ZONE)).getYear()))
                .isEqualTo(typed);
    }

    private void scrollToMiddle(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private double topOf(String id) {
        return ((Number)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return document.getElementById(arguments[0]).getBoundingClientRect().top",
                                        id))
                .doubleValue();
    }

    /** Waits for the {@code count}th "Saved." confirmation since the page opened. */
    private void awaitSaved(int count) {
        wait.until(
                driver ->
                        ((Number)
                                                ((JavascriptExecutor) driver)
                                                        .executeScript(
                                                                "window.$saved = window.$saved || 0;"
                                                                        + " document.querySelectorAll('vaadin-notification-card').forEach(card => {"
                                                                        + "   if (card.innerText.includes('Saved.') && !card.dataset.counted) {"
                                                                        + "     card.dataset.counted = ++window.$saved; } });"
                                                                        + " return window.$saved;"))
                                        .intValue()
                                >= count);
    }
}
