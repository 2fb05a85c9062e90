package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin creates a user; the user signs in with the one-time password, chooses their own and
 * lands home.
 */
class NewUserBrowserIT extends BrowserTest {

    @Test
    void a_new_user_signs_in_with_the_one_time_password_and_must_choose_their_own() {
        signIn("admin", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/admin"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-person"))).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#person-full-name input")))
                .sendKeys("Nina Nordby");
        browser.findElement(By.cssSelector("#person-username input")).sendKeys("nina.nordby");
        browser.findElement(By.id("save-person")).click();
        String oneTime =
                wait.until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.id("one-time-password")))
                        .getText();
        assertThat(oneTime).hasSize(16);

        browser.manage().deleteAllCookies();
        signIn("nina.nordby", oneTime);
        wait.until(ExpectedConditions.urlToBe(url("/change-password")));
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#current-password input")))
                .sendKeys(oneTime);
        browser.findElement(By.cssSelector("#new-password input"))
                .sendKeys("Fjordkraft i Bergen 2026");
        browser.findElement(By.cssSelector("#repeat-password input"))
                .sendKeys("Fjordkraft i Bergen 2026");
        browser.findElement(By.id("save-password")).click();

        wait.until(ExpectedConditions.urlToBe(url("/")));
        WebElement greeting =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".home-view h2")));
        assertThat(greeting.getText()).endsWith("Nina");
    }
}
