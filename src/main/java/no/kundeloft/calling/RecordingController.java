package no.kundeloft.calling;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kundeloft.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /recordings/{id}}: a call's recording for the browser's audio element, to users signed
 * in who may hear the call. Streamed from the database chunk by chunk; a {@code Range} (the player
 * seeking) gets just those bytes.
 */
@RestController
class RecordingController {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final CallReviewService reviews;
    private final RecordingStore store;

    RecordingController(CallReviewService reviews, RecordingStore store) {
        this.reviews = reviews;
        this.store = store;
    }

    @GetMapping("/recordings/{id}")
    void play(
            @PathVariable Long id,
            @RequestHeader(value = "Range", required = false) String range,
            HttpServletResponse response)
            throws IOException {
        CallRecordingInfo recording;
        try {
            recording = reviews.recording(id);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return;
        }
        long size = recording.sizeBytes();
        long first = 0;
        long last = size - 1;
        Matcher matcher = range == null ? null : RANGE.matcher(range.trim());
        if (matcher != null && matcher.matches() && size > 0) {
            if (matcher.group(1).isEmpty()) {
                first = Math.max(0, size - Long.parseLong(matcher.group(2)));
            } else {
                first = Long.parseLong(matcher.group(1));
                last =
                        matcher.group(2).isEmpty()
                                ? last
                                : Math.min(last, Long.parseLong(matcher.group(2)));
            }
            if (first > last || first >= size) {
                response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
                response.setHeader("Content-Range", "bytes */" + size);
                return;
            }
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
        }
        response.setContentType(recording.contentType());
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(size == 0 ? 0 : last - first + 1);
        if (size > 0) {
            store.copy(id, first, last, response.getOutputStream());
        }
    }
}
