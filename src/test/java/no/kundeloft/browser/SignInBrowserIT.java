package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SignInBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void an_account_manager_signs_in_and_sees_the_customer_grid() {
        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/customers"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("customer-count"), "60 customers"));
        WebElement grid = browser.findElement(By.tagName("vaadin-grid"));
        wait.until(d -> grid.getText().contains("Ola Hansen"));
        assertThat(browser.findElement(By.cssSelector(".user-name")).getText())
                .isEqualTo("Ola Hansen");
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_an_error() {
        signIn("am", "wrong");
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(
                ExpectedConditions.attributeToBe(By.tagName("vaadin-login-form"), "error", "true"));
    }

    @Test
    void typing_another_managers_customer_into_the_address_bar_shows_not_found() {
        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        Long othersCustomer =
                jdbc.queryForObject(
                        """
                select min(c.id) from customer c join employee e on e.id = c.owner_id where e.username <> 'am'""",
                        Long.class);
        browser.get(url("/customers/" + othersCustomer));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".not-found h2"), "Not found"));
    }
}
