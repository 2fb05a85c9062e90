package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kundeloft.customer.OrganisationNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sales manager uploads a register's list of 547 public bodies (Windows-1252, semicolons,
 * Norwegian headers, "Land" = "Norge"), changes no column, spreads the rows over the department's
 * sellers and imports them in the background.
 */
class CustomerImportBrowserIT extends BrowserTest {

    private static final int ROWS = 547;

    @Autowired JdbcTemplate jdbc;

    private static Path registerList() throws IOException {
        StringBuilder csv =
                new StringBuilder("Navn;Organisasjonsnummer;Sektor;Land;Postnummer;Poststed\r\n");
        int written = 0;
        for (int base = 82_000_000; written < ROWS; base++) {
            Integer check = OrganisationNumber.checkDigit(Integer.toString(base));
            if (check != null) {
                csv.append("Etat ")
                        .append(written + 1)
                        .append(" for Ærlig Økonomi;")
                        .append(base)
                        .append(check)
                        .append(";Offentlig;Norge;")
                        .append(String.format("%04d", 150 + written * 13 % 9000))
                        .append(";Oslo\r\n");
                written++;
            }
        }
        Path file = Files.createTempFile("register", ".csv");
        Files.writeString(file, csv, Charset.forName("windows-1252"));
        return file;
    }

    @Test
    void a_register_list_is_spread_over_the_department_without_touching_a_column()
            throws IOException {
        long before = jdbc.queryForObject("select count(*) from customer", Long.class);
        signIn("manager", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/customers/import"));
        WebElement upload =
                wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        // the upload's file input lives in its shadow root
        WebElement fileInput =
                (WebElement)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return arguments[0].querySelector('input[type=file]')"
                                                + " || arguments[0].shadowRoot.querySelector('input[type=file]')",
                                        upload);
        fileInput.sendKeys(registerList().toString());
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("import-summary"), ROWS + " rows"));

        browser.findElement(By.xpath("//vaadin-radio-button[.//label[contains(., 'Spread')]]"))
                .click();
        // a number the demo already has is skipped, not refused
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("import-counts"), "skipped, 0 with problems."));
        String counts = browser.findElement(By.id("import-counts")).getText();
        int fresh = Integer.parseInt(counts.substring(0, counts.indexOf(' ')));
        assertThat(fresh).isGreaterThan(ROWS - 5);
        Path shots = Path.of("target", "import");
        Files.createDirectories(shots);
        Files.write(
                shots.resolve("manager-spread-1366.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        WebElement importButton = browser.findElement(By.id("import-button"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", importButton);
        Files.write(
                shots.resolve("manager-preview-1366.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(importButton.isEnabled()).isTrue();
        importButton.click();
        wait.until(ExpectedConditions.urlToBe(url("/customers")));
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before + fresh);
    }
}
