package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The director asks to join one of am's planned visits; am sees the notification and accepts. */
class JoinVisitBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_director_asks_to_join_and_the_account_manager_accepts() throws Exception {
        Long visitId =
                jdbc.queryForObject(
                        """
                select v.id from visit v join employee e on e.id = v.host_id
                where e.username = 'am' and v.status = 'PLANNED' and v.starts_at > current_timestamp
                  and not exists (select 1 from visit_participant p where p.visit_id = v.id)
                order by v.starts_at limit 1""",
                        Long.class);
        Long directorId =
                jdbc.queryForObject(
                        "select id from employee where username = 'director'", Long.class);

        // am is signed in already and sees the request arrive without reloading (server push).
        WebDriver am = anotherBrowser();
        WebDriverWait amWait = new WebDriverWait(am, Duration.ofSeconds(60));
        signIn(am, "am", "demo");
        amWait.until(ExpectedConditions.urlToBe(url("/")));
        amWait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));

        // other browser tests in the same application may have told am something already (a visit
        // booked for am)
        long unreadBefore =
                jdbc.queryForObject(
                        """
                select count(*) from notification n join employee e on e.id = n.recipient_id
                where e.username = 'am' and n.read_at is null""",
                        Long.class);
        signIn("director", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/visits/" + visitId));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("visit-join"))).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("visit-participants"), "Asks to join"));

        amWait.until(
                ExpectedConditions.textToBe(
                        By.id("notification-count"), String.valueOf(unreadBefore + 1)));
        am.get(url("/visits/" + visitId));
        amWait.until(ExpectedConditions.elementToBeClickable(By.id("accept-" + directorId)))
                .click();
        amWait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("visit-participants"), "Attending"));
        assertThat(am.findElement(By.id("visit-participants")).getText()).contains("Attending");

        // The accepted visit is in the director's private calendar feed, read without a session.
        String token = "browser-test-feed-token-0123456789abcdefghijklmn";
        jdbc.update(
                "insert into calendar_feed (id, version, employee_id, token_hash, created_at) values (?, 0, ?, ?, current_timestamp)",
                999_999_001L,
                directorId,
                no.kundeloft.visit.FeedTokens.fingerprint(token));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> feed =
                http.send(
                        HttpRequest.newBuilder(URI.create(url("/calendar/" + token + ".ics")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body())
                .contains("BEGIN:VCALENDAR", "UID:visit-" + visitId + "@kundeloft.no");
        HttpResponse<String> unknown =
                http.send(
                        HttpRequest.newBuilder(URI.create(url("/calendar/no-such-token.ics")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
