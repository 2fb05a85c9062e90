package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The phone systems' API over plain HTTP against the running demo: a token, JSON in, the call's id
 * or the field that is wrong out.
 */
class PhoneApiHttpIT extends BrowserTest {

    private static final String TOKEN = "phone-api-test-token-0123456789abcdefghijklmnopq";

    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String token, String json) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url("/api/phone/calls")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_phone_system_posts_a_call_with_its_recording_link_and_a_wrong_token_or_field_is_refused()
            throws Exception {
        jdbc.update(
                """
                insert into phone_integration (id, version, name, token_hash, created_by_id, created_at)
                select nextval('entity_seq'), 0, 'Test switchboard', ?, id, current_timestamp from employee where username = 'admin'""",
                no.kundeloft.visit.FeedTokens.fingerprint(TOKEN));
        String phone =
                jdbc.queryForObject(
                        """
                select k.phone from contact k join customer c on c.id = k.customer_id join employee e on e.id = c.owner_id
                where e.username = 'am' and k.phone is not null order by k.id limit 1""",
                        String.class);
        String startedAt =
                OffsetDateTime.now(ZoneOffset.UTC)
                        .minusMinutes(10)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
        String call =
                """
                {"caller": "am", "number": "%s", "startedAt": "%s", "durationSeconds": 185,
                 "recordingUrl": "https://switchboard.example/rec/42.mp3"}"""
                        .formatted(phone, startedAt);

        assertThat(post(null, call).statusCode()).isEqualTo(401);
        assertThat(post("wrong", call).statusCode()).isEqualTo(401);
        HttpResponse<String> badNumber = post(TOKEN, call.replace(phone, "12"));
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("\"field\":\"number\"");

        HttpResponse<String> created = post(TOKEN, call);
        assertThat(created.statusCode()).isEqualTo(201);
        long callId = Long.parseLong(created.body().replaceAll("\\D", ""));
        assertThat(
                        jdbc.queryForObject(
                                "select link from call_recording where activity_id = ?",
                                String.class,
                                callId))
                .isEqualTo("https://switchboard.example/rec/42.mp3");
        assertThat(
                        jdbc.queryForObject(
                                "select outcome from customer_activity where id = ?",
                                String.class,
                                callId))
                .isEqualTo("REACHED");
    }
}
