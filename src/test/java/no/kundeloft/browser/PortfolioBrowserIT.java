package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An account manager's day: filter the portfolio, open a customer, edit the phone, reload. */
class PortfolioBrowserIT extends BrowserTest {

    @Test
    void an_account_manager_filters_opens_a_customer_edits_the_phone_and_sees_it_after_reload() {
        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));

        browser.get(url("/customers"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search input")))
                .sendKeys("Bygg");
        wait.until(ExpectedConditions.urlContains("q=Bygg"));
        WebElement row =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath("//vaadin-grid-cell-content[contains(., 'Bygg')]")));
        String name = row.getText();
        row.click();

        wait.until(ExpectedConditions.urlMatches(".*/customers/\\d+$"));
        String customerUrl = browser.getCurrentUrl();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-customer"))).click();
        WebElement phone =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#customer-phone input")));
        phone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "+47 400 11 222");
        browser.findElement(By.id("save-customer")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-customer")));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.urlToBe(customerUrl));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".facts"), "+47 400 11 222"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(name);
    }
}
