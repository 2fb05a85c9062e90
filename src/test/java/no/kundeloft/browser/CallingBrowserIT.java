package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: `caller` works through contacts with the keyboard and books a meeting for `am`
 * in a free slot while `calllead`'s team board counts the calls without a reload; `stand` registers
 * a lead on a phone-sized screen; `director` plays a call's recording and scores it. The time from
 * an outcome key to the next contact on screen is measured in the page and printed.
 */
class CallingBrowserIT extends BrowserTest {

    private static final int KEYED_CALLS = 20;

    @Autowired JdbcTemplate jdbc;

    /** The company on screen, read in the page (the card is redrawn under the driver's feet). */
    private String company() {
        Object text =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "const c = document.getElementById('call-company'); return c ? c.textContent : ''");
        return String.valueOf(text);
    }

    private int timed() {
        return ((Number)
                        ((JavascriptExecutor) browser)
                                .executeScript("return window.__outcomeMs.length"))
                .intValue();
    }

    @Test
    void
            caller_works_through_contacts_by_keyboard_books_a_meeting_for_am_and_the_board_follows_live() {
        WebDriver lead = anotherBrowser();
        WebDriverWait leadWait = new WebDriverWait(lead, Duration.ofSeconds(60));
        signIn(lead, "calllead", "demo");
        leadWait.until(ExpectedConditions.urlToBe(url("/")));
        lead.get(url("/calls/board"));
        By emmasCalls =
                By.xpath(
                        "//vaadin-grid-cell-content[normalize-space(.)='Emma Dahl']/following-sibling::vaadin-grid-cell-content[1]");
        leadWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-grid")));
        int callsBefore = callsOnBoard(lead);

        signIn("caller", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/calls"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("call-company")));
        ((JavascriptExecutor) browser)
                .executeScript(
                        """
                window.__outcomeMs = [];
                document.addEventListener('keydown', e => { if (/^[1-9]$/.test(e.key)) window.__keyAt = performance.now(); }, true);
                new MutationObserver(() => {
                  if (window.__keyAt && document.getElementById('call-company')) {
                    window.__outcomeMs.push(performance.now() - window.__keyAt);
                    window.__keyAt = null;
                  }
                }).observe(document.getElementById('call-card'), {childList: true, subtree: true});""");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < KEYED_CALLS; i++) {
            String before = company();
            seen.add(before);
            // 1 no answer, 2 busy, 3 voicemail, 4 wrong number, 5 reached, then no answer again
            String key = String.valueOf(i < 5 ? i + 1 : 1);
            new Actions(browser).sendKeys(key).perform();
            int done = seen.size();
            wait.until(driver -> timed() >= done && !company().isEmpty());
        }
        @SuppressWarnings("unchecked")
        List<Number> times =
                (List<Number>)
                        ((JavascriptExecutor) browser).executeScript("return window.__outcomeMs");
        List<Double> sorted = times.stream().map(Number::doubleValue).sorted().toList();
        System.out.printf(
                "Outcome key to next contact in the browser (%d calls): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.getLast());
        assertThat(seen.subList(0, 5)).doesNotHaveDuplicates();

        String company = company();
        new Actions(browser).sendKeys("8").perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("meeting-seller"))).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//vaadin-select-item[starts-with(normalize-space(.), 'Ola Hansen')]")))
                .click();
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#free-time .free-time-header")));
        if (browser.findElements(By.cssSelector("#free-time .free-time-slot")).isEmpty()) {
            browser.findElement(By.id("free-time-next")).click();
        }
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#free-time .free-time-slot")))
                .click();
        browser.findElement(By.cssSelector("#meeting-need textarea"))
                .sendKeys("Wants a new framework agreement before the summer");
        browser.findElement(By.id("meeting-book")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("meeting-dialog")));
        wait.until(driver -> !company().equals(company));
        Map<String, Object> visit =
                jdbc.queryForMap(
                        """
                select h.username host, c.name customer from visit v join employee h on h.id = v.host_id
                join employee b on b.id = v.booked_by_id join customer c on c.id = v.customer_id
                where b.username = 'caller' and v.need = 'Wants a new framework agreement before the summer'""");
        assertThat(visit.get("host")).isEqualTo("am");
        assertThat(visit.get("customer")).isEqualTo(company);

        // the board in the other browser counts the 21 calls without being reloaded
        leadWait.until(driver -> callsOnBoard(driver) >= callsBefore + KEYED_CALLS + 1);
        assertThat(lead.findElement(emmasCalls).getText())
                .startsWith(String.valueOf(callsOnBoard(lead)));
    }

    private static int callsOnBoard(WebDriver driver) {
        String text =
                driver.findElement(
                                By.xpath(
                                        "//vaadin-grid-cell-content[normalize-space(.)='Emma Dahl']/following-sibling::vaadin-grid-cell-content[1]"))
                        .getText();
        return Integer.parseInt(text.split("/")[0].trim());
    }

    @Test
    void stand_registers_a_lead_on_a_phone_sized_screen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("stand", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/stands"));
        String name = "Hanne Kvam " + System.nanoTime() % 10_000;
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lead-name input")))
                .sendKeys(name);
        browser.findElement(By.cssSelector("#lead-company input")).sendKeys("Kvam Kafé AS");
        browser.findElement(By.cssSelector("#lead-phone input")).sendKeys("+47 915 00 123");
        browser.findElement(By.cssSelector("#lead-interest textarea"))
                .sendKeys("Kaffemaskiner til tre kafeer");
        WebElement consent = browser.findElement(By.id("lead-consent"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", consent);
        consent.click();
        WebElement save = browser.findElement(By.id("lead-save"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("lead-result"), "Saved."));
        Number width =
                (Number)
                        ((JavascriptExecutor) browser)
                                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        Map<String, Object> lead =
                jdbc.queryForMap(
                        """
                select l.company, l.consent_text, e.username taken_by from stand_lead l join employee e on e.id = l.taken_by_id
                where l.person_name = ?""",
                        name);
        assertThat(lead.get("company")).isEqualTo("Kvam Kafé AS");
        assertThat(lead.get("taken_by")).isEqualTo("stand");
        assertThat((String) lead.get("consent_text"))
                .startsWith("I agree that Kundeløft may contact me");
    }

    @Test
    void director_plays_a_calls_recording_and_scores_it() {
        signIn("director", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/calls/reviews"));
        // a row's first cell (its date and time); the header's cells have no colon
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//vaadin-grid[@id='reviews-grid']/vaadin-grid-cell-content[contains(., ':')]")))
                .click();
        WebElement audio =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-audio")));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].muted = true; arguments[0].play()", audio);
        wait.until(
                driver ->
                        ((Number)
                                                ((JavascriptExecutor) driver)
                                                        .executeScript(
                                                                "return arguments[0].currentTime",
                                                                audio))
                                        .doubleValue()
                                > 0.5);
        Long reviewsBefore =
                jdbc.queryForObject(
                        """
                select count(*) from call_review r join employee e on e.id = r.reviewer_id where e.username = 'director'""",
                        Long.class);
        for (WebElement group :
                browser.findElements(By.cssSelector(".review-scorecard vaadin-radio-group"))) {
            WebElement four = group.findElements(By.cssSelector("vaadin-radio-button")).get(3);
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", four);
            four.click();
        }
        browser.findElement(By.cssSelector("#review-comment textarea"))
                .sendKeys("Clear opening; ask one more question about the need.");
        WebElement save = browser.findElement(By.id("review-save"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-shown")));
        assertThat(
                        jdbc.queryForObject(
                                """
                select count(*) from call_review r join employee e on e.id = r.reviewer_id where e.username = 'director'""",
                                Long.class))
                .isEqualTo(reviewsBefore + 1);
    }
}
