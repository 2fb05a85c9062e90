package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The director's division on the home page and in the drill-down, with its charts drawn by the
 * browser.
 */
class DirectorDashboardBrowserIT extends BrowserTest {

    @Test
    void the_director_sees_the_division_with_charts_and_drills_down_to_a_department() {
        signIn("director", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attainment-total-actual")));
        assertThat(browser.findElement(By.id("attainment-total-actual")).getText())
                .startsWith("NOK");

        browser.findElement(By.id("attainment-details")).click();
        wait.until(ExpectedConditions.urlContains("/attainment/division/"));
        for (String chart : List.of("chart-monthly", "chart-cumulative")) {
            wait.until(driver -> canvasDrawn(chart));
        }
        WebElement department =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath("//vaadin-grid-cell-content[contains(., 'Salg Øst')]")));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", department);
        department.click();
        wait.until(ExpectedConditions.urlContains("/attainment/department/"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Salg Øst"));
        wait.until(driver -> canvasDrawn("chart-monthly"));
    }

    /**
     * ECharts draws into a canvas inside the chart element once the library has loaded and sized
     * it.
     */
    private boolean canvasDrawn(String chartId) {
        Object size =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "const c = document.querySelector('#' + arguments[0] + ' canvas'); return c ? c.width * c.height : 0;",
                                chartId);
        return size instanceof Number number && number.longValue() > 0;
    }
}
