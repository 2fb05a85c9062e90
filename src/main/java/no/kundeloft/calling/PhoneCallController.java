package no.kundeloft.calling;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/phone/calls} with {@code Authorization: Bearer <token>}: a phone system reports
 * a call (JSON: {@code caller}, {@code number}, {@code startedAt}, {@code durationSeconds}, {@code
 * recordingUrl}). 201 with the call's id; 400 naming the field that is wrong; 401 for an unknown or
 * revoked token.
 */
@RestController
class PhoneCallController {

    private final PhoneCallService calls;

    PhoneCallController(PhoneCallService calls) {
        this.calls = calls;
    }

    @PostMapping(
            path = "/api/phone/calls",
            consumes = "application/json",
            produces = "application/json")
    ResponseEntity<Map<String, Object>> receive(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestBody PhoneCall call) {
        String token =
                authorization != null && authorization.startsWith("Bearer ")
                        ? authorization.substring(7).strip()
                        : null;
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("callId", calls.receive(token, call)));
        } catch (PhoneCallRejectedException rejected) {
            HttpStatus status =
                    "token".equals(rejected.field())
                            ? HttpStatus.UNAUTHORIZED
                            : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status)
                    .body(Map.of("field", rejected.field(), "error", rejected.getMessage()));
        }
    }
}
