package no.kundeloft.visit;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.ParserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sellers' own published calendars: read over HTTPS (at most 2 MB, 10 seconds), their busy times
 * from yesterday to two months ahead kept in {@code external_busy} and read again every 15 minutes,
 * so booking never waits for Outlook or Google. Addresses on the company's own network are refused,
 * so a calendar address cannot be used to reach inside it.
 */
@Component
public class ExternalCalendars {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalCalendars.class);
    private static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration AHEAD = Duration.ofDays(62);

    private final ExternalCalendarRepository calendars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean allowLocal;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();

    ExternalCalendars(
            ExternalCalendarRepository calendars,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${kundeloft.external-calendars.allow-local:false}") boolean allowLocal) {
        this.calendars = calendars;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.allowLocal = allowLocal;
    }

    /** A seller's busy blocks from their own calendar between two moments, as last read. */
    List<BusyBlock> busy(Long employeeId, Instant from, Instant to) {
        return calendars.findBusy(employeeId, from, to).stream()
                .map(row -> new BusyBlock(instant(row[0]), instant(row[1])))
                .toList();
    }

    /**
     * Reads the address now; the busy blocks when it is an iCalendar, else a refusal saying why.
     */
    List<BusyBlock> read(String url) {
        URI uri = checked(url);
        Instant now = clock.instant();
        try {
            HttpResponse<InputStream> response =
                    http.send(
                            HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new VisitRefusedException(
                        "calendar.external.refused.status", response.statusCode());
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
            if (body.length > MAX_BYTES) {
                throw new VisitRefusedException("calendar.external.refused.tooLarge");
            }
            return ExternalCalendarReader.busy(
                    new String(body, StandardCharsets.UTF_8),
                    now.minus(Duration.ofDays(1)),
                    now.plus(AHEAD));
        } catch (ParserException | RuntimeException e) {
            if (e instanceof VisitRefusedException refused) {
                throw refused;
            }
            throw new VisitRefusedException("calendar.external.refused.notCalendar");
        } catch (IOException e) {
            throw new VisitRefusedException("calendar.external.refused.unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VisitRefusedException("calendar.external.refused.unreachable");
        }
    }

    /**
     * Keeps the blocks read for a seller, replacing the ones before; in the caller's transaction.
     */
    void keep(Long employeeId, List<BusyBlock> blocks) {
        calendars.deleteBusy(employeeId);
        blocks.forEach(block -> calendars.insertBusy(employeeId, block.start(), block.end()));
    }

    /**
     * Every 15 minutes: every linked calendar read again; one that fails keeps its last blocks and
     * says why.
     */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    void refreshAll() {
        List<Long> ids =
                transaction.execute(
                        status ->
                                calendars.findAll().stream().map(ExternalCalendar::getId).toList());
        for (Long id : ids) {
            refresh(id);
        }
    }

    void refresh(Long calendarId) {
        ExternalCalendar calendar =
                transaction.execute(status -> calendars.findById(calendarId).orElse(null));
        if (calendar == null) {
            return;
        }
        List<BusyBlock> blocks = null;
        String error = null;
        try {
            blocks = read(calendar.getUrl());
        } catch (VisitRefusedException e) {
            error = e.messageKey();
            LOG.info(
                    "Calendar of employee {} could not be read: {}",
                    calendar.getEmployeeId(),
                    e.messageKey());
        }
        List<BusyBlock> read = blocks;
        String failed = error;
        transaction.executeWithoutResult(
                status ->
                        calendars
                                .findById(calendarId)
                                .ifPresent(
                                        current -> {
                                            if (read != null) {
                                                keep(current.getEmployeeId(), read);
                                            }
                                            current.read(clock.instant(), failed);
                                        }));
    }

    /** An https (or webcal) address of a host outside the company's network. */
    URI checked(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("webcal://")) {
            trimmed = "https://" + trimmed.substring("webcal://".length());
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new VisitRefusedException("calendar.external.refused.address");
        }
        boolean secure =
                "https".equalsIgnoreCase(uri.getScheme())
                        || allowLocal && "http".equalsIgnoreCase(uri.getScheme());
        if (!secure || uri.getHost() == null) {
            throw new VisitRefusedException("calendar.external.refused.address");
        }
        if (!allowLocal && internal(uri.getHost())) {
            throw new VisitRefusedException("calendar.external.refused.internal");
        }
        return uri;
    }

    private static boolean internal(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            throw new VisitRefusedException("calendar.external.refused.unreachable");
        }
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Unexpected time " + value.getClass());
        };
    }
}
