package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * am opens a deal from a prospect's page, drags it from Proposal to Negotiation, moves it back and
 * forth with the arrow keys, and drags it to Won: the prospect becomes a customer won today and the
 * home page's weighted pipeline grows at each step. Chromium's driver fires no HTML5 drag events,
 * so the drags are dispatched by script; the keys are pressed for real.
 */
class PipelineBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void am_opens_a_deal_at_a_prospect_moves_it_through_the_board_and_wins_the_customer() {
        Map<String, Object> prospect =
                jdbc.queryForMap(
                        """
                select c.id, c.name from customer c join employee e on e.id = c.owner_id
                where e.username = 'am' and c.status = 'PROSPECT' order by c.name limit 1""");
        Long customerId = ((Number) prospect.get("id")).longValue();
        String title = "Browser deal " + System.nanoTime();
        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        long start = pipelineOnHome();

        browser.get(url("/customers/" + customerId));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("customer-new-deal"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#deal-title input")))
                .sendKeys(title);
        browser.findElement(By.cssSelector("#deal-yearly input")).sendKeys("600000");
        choose("deal-stage", "Proposal (50 %)");
        browser.findElement(By.id("deal-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("deal-dialog")));
        Long dealId = jdbc.queryForObject("select id from deal where title = ?", Long.class, title);
        assertThat(stageOf(dealId)).isEqualTo("PROPOSAL");
        long atProposal = pipelineOnHome();
        assertThat(atProposal)
                .as("a deal at 50 %% adds to the weighted pipeline")
                .isGreaterThan(start);

        browser.get(url("/pipeline"));
        drag(dealId, "[data-stage='" + stageId("NEGOTIATION") + "']");
        waitForStage(dealId, "NEGOTIATION");

        WebElement card =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("[data-deal='" + dealId + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", card);
        card.sendKeys(Keys.ARROW_LEFT);
        waitForStage(dealId, "PROPOSAL");
        wait.until(
                ExpectedConditions.attributeToBe(
                        By.cssSelector(":focus"), "data-deal", String.valueOf(dealId)));
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        waitForStage(dealId, "NEGOTIATION");
        long atNegotiation = pipelineOnHome();
        assertThat(atNegotiation).isGreaterThan(atProposal);

        browser.get(url("/pipeline"));
        drag(dealId, "#drop-won");
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#close-deal-reason textarea")))
                .sendKeys("Best overall offer");
        browser.findElement(By.id("close-deal-confirm")).click();
        waitForStage(dealId, "WON");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> customer =
                jdbc.queryForMap(
                        "select status, customer_since from customer where id = ?", customerId);
        assertThat(customer.get("status")).isEqualTo("ACTIVE");
        assertThat(customer.get("customer_since").toString()).isEqualTo(today.toString());
        browser.get(url("/customers/" + customerId));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".badges"), "Active"));
        assertThat(browser.findElement(By.cssSelector(".facts")).getText())
                .contains(today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
        assertThat(pipelineOnHome()).as("won counts in full").isGreaterThan(atNegotiation);
    }

    /**
     * The weighted pipeline on the home page: the rest of the year, and next year's when the year
     * is nearly over.
     */
    private long pipelineOnHome() {
        browser.get(url("/"));
        long sum =
                amount(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("coverage-new-sales-pipeline")))
                                .getText());
        for (WebElement next : browser.findElements(By.id("coverage-next-new-sales-pipeline"))) {
            sum += amount(next.getText());
        }
        return sum;
    }

    private static long amount(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /** Dispatches the drag events a mouse drag fires, from the deal's card to the target. */
    private void drag(Long dealId, String targetSelector) {
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-deal='" + dealId + "']")));
        ((JavascriptExecutor) browser)
                .executeScript(
                        """
                const card = document.querySelector(arguments[0]);
                const target = document.querySelector(arguments[1]);
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                    new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                fire(card, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(card, 'dragend');
                """,
                        "[data-deal='" + dealId + "']",
                        targetSelector);
    }

    private void waitForStage(Long dealId, String code) {
        wait.until(driver -> code.equals(stageOf(dealId)));
    }

    private String stageOf(Long dealId) {
        return jdbc.queryForObject(
                "select s.code from deal d join deal_stage s on s.id = d.stage_id where d.id = ?",
                String.class,
                dealId);
    }

    private Long stageId(String code) {
        return jdbc.queryForObject("select id from deal_stage where code = ?", Long.class, code);
    }

    private void choose(String selectId, String item) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId))).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//vaadin-select-item[normalize-space(.)='" + item + "']")))
                .click();
    }
}
