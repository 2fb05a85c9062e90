package no.kundeloft.calling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recordings' bytes in the database, in chunks of {@value #CHUNK} bytes: written as they are read
 * from the upload and read back one chunk per query, so neither holds more than a chunk in memory
 * and a range (the browser seeking) reads only the chunks it covers. No access check here: {@link
 * CallReviewService} decides who may hear what.
 */
@Component
class RecordingStore {

    static final int CHUNK = 256 * 1024;

    private final JdbcTemplate jdbc;

    RecordingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the recording's bytes with the stream's; the number of bytes written. */
    long write(Long recordingId, InputStream in) throws IOException {
        jdbc.update("delete from call_recording_chunk where recording_id = ?", recordingId);
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        for (int seq = 0; ; seq++) {
            int read = in.readNBytes(buffer, 0, CHUNK);
            if (read == 0) {
                return total;
            }
            jdbc.update(
                    "insert into call_recording_chunk (recording_id, seq, bytes) values (?, ?, ?)",
                    recordingId,
                    seq,
                    Arrays.copyOf(buffer, read));
            total += read;
            if (read < CHUNK) {
                return total;
            }
        }
    }

    /**
     * Copies the bytes from {@code first} to {@code last} (inclusive) of the recording to the
     * output.
     */
    void copy(Long recordingId, long first, long last, OutputStream out) throws IOException {
        int firstChunk = (int) (first / CHUNK);
        int lastChunk = (int) (last / CHUNK);
        for (int seq = firstChunk; seq <= lastChunk; seq++) {
            byte[] bytes =
                    jdbc.queryForObject(
                            "select bytes from call_recording_chunk where recording_id = ? and seq = ?",
                            byte[].class,
                            recordingId,
                            seq);
            int from = seq == firstChunk ? (int) (first % CHUNK) : 0;
            int to = seq == lastChunk ? (int) (last % CHUNK) + 1 : bytes.length;
            out.write(bytes, from, Math.min(to, bytes.length) - from);
        }
    }
}
