package no.kundeloft.calling;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * Generated sound for the demo's call recordings: two voices taking turns, as tones that rise and
 * fall (8 kHz, 16-bit WAV).
 */
final class DemoAudio {

    private static final int RATE = 8000;

    private DemoAudio() {}

    static byte[] conversation(int seconds, Random random) {
        int samples = seconds * RATE;
        ByteBuffer data = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        double phase = 0;
        int turn = 0;
        double pitch = 180;
        for (int i = 0; i < samples; i++) {
            if (i % (RATE * 2) == 0) {
                turn++;
                pitch = (turn % 2 == 0 ? 120 : 210) + random.nextInt(40);
            }
            double t = (double) i / RATE;
            double syllable = Math.max(0, Math.sin(2 * Math.PI * 3.2 * t));
            double pause = i % (RATE * 2) > RATE * 1.7 ? 0 : 1;
            phase += 2 * Math.PI * (pitch + 25 * Math.sin(2 * Math.PI * 0.7 * t)) / RATE;
            data.putShort((short) (6000 * syllable * pause * Math.sin(phase)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + samples * 2);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        header.put("fmt ".getBytes())
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(RATE)
                .putInt(RATE * 2)
                .putShort((short) 2)
                .putShort((short) 16);
        header.put("data".getBytes()).putInt(samples * 2);
        out.writeBytes(header.array());
        out.writeBytes(data.array());
        return out.toByteArray();
    }
}
