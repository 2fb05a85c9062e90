package no.kundeloft.calling;

import java.util.Optional;

/**
 * Which audio a file is, read from its first bytes (not its name or the browser's word): MP3, WAV,
 * Ogg, MP4/M4A or WebM.
 */
final class AudioFiles {

    private AudioFiles() {}

    /**
     * The content type of the audio the header starts, or empty when it is not audio the browsers
     * play.
     */
    static Optional<String> contentType(byte[] head) {
        if (starts(head, 0, "ID3")
                || head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            return Optional.of("audio/mpeg");
        }
        if (starts(head, 0, "RIFF") && starts(head, 8, "WAVE")) {
            return Optional.of("audio/wav");
        }
        if (starts(head, 0, "OggS")) {
            return Optional.of("audio/ogg");
        }
        if (starts(head, 4, "ftyp")) {
            return Optional.of("audio/mp4");
        }
        if (head.length > 3
                && (head[0] & 0xFF) == 0x1A
                && (head[1] & 0xFF) == 0x45
                && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return Optional.of("audio/webm");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int at, String text) {
        if (head.length < at + text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (head[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
