package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** kam opens a weak plan, maps a contact as decision maker and sees the score go up. */
class PlanBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void kam_maps_a_decision_maker_and_the_score_changes() {
        Long customerId =
                jdbc.queryForObject(
                        """
                select p.customer_id from account_plan p
                where not exists (select 1 from plan_review r where r.plan_id = p.id)""",
                        Long.class);
        String contact =
                jdbc.queryForObject(
                        """
                select full_name from contact where customer_id = ? and (buying_role is null or buying_role <> 'DECISION_MAKER') order by full_name limit 1""",
                        String.class,
                        customerId);

        signIn("kam", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/customers/" + customerId + "/plan"));
        WebElement score =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-score")));
        String before = score.getText();

        WebElement row =
                wait.until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.xpath(
                                        "//vaadin-grid-cell-content[contains(., '"
                                                + contact
                                                + "')]")));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        wait.until(ExpectedConditions.elementToBeClickable(row)).click();
        choose("stakeholder-role", "Decision maker");
        WebElement influence =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#stakeholder-influence input")));
        influence.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8");
        choose("stakeholder-attitude", "Supporter");
        browser.findElement(By.id("stakeholder-save")).click();

        wait.until(
                ExpectedConditions.not(ExpectedConditions.textToBe(By.id("plan-score"), before)));
        assertThat(Integer.parseInt(browser.findElement(By.id("plan-score")).getText()))
                .isEqualTo(Integer.parseInt(before) + 20);
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
