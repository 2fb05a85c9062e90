package no.kundeloft.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The production jar as the benchmarks and checks run it: a process on the given PostgreSQL with
 * the {@code prod} profile, its output in a log file of the run's work directory.
 */
final class ProductionNode {

    private final Process process;
    private final int port;
    private final Path log;

    private ProductionNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar; {@code cores} (e.g. "0") pins it to those cores with taskset, or null for
     * any.
     */
    static ProductionNode start(
            Path work, String name, int postgresPort, int port, String cores, String... arguments)
            throws IOException {
        File jar =
                Files.list(Path.of("target/production"))
                        .filter(p -> p.toString().endsWith(".jar"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "build the production jar first (the bench scripts do)"))
                        .toFile();
        List<String> command = new ArrayList<>();
        if (cores != null) {
            command.addAll(List.of("taskset", "-c", cores));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // e.g. -Dkundeloft.bench.jvm-args=-XX:StartFlightRecording=filename=/tmp/node.jfr to
        // profile the node
        String extra = System.getProperty("kundeloft.bench.jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(
                List.of(
                        "-Xmx1g",
                        "-jar",
                        jar.getAbsolutePath(),
                        "--server.port=" + port,
                        "--server.servlet.session.cookie.secure=false"));
        command.addAll(List.of(arguments));
        if (command.stream()
                .noneMatch(argument -> argument.startsWith("--spring.profiles.active"))) {
            command.add("--spring.profiles.active=prod");
        }
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment()
                .putAll(
                        Map.of(
                                "SPRING_DATASOURCE_URL",
                                "jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                                "SPRING_DATASOURCE_USERNAME",
                                "postgres",
                                "SPRING_DATASOURCE_PASSWORD",
                                "postgres"));
        return new ProductionNode(builder.start(), port, log);
    }

    /** Runs the data set command (the jar generates and stops) and waits for it. */
    static void generateDataSet(Path work, int postgresPort, int scale)
            throws IOException, InterruptedException {
        ProductionNode command =
                start(work, "dataset", postgresPort, 0, null, "--kundeloft.dataset.scale=" + scale);
        if (command.process.waitFor() != 0) {
            throw new IllegalStateException("the data set command failed; see " + command.log);
        }
    }

    /** Waits until the sign-in page answers; how long that took in milliseconds. */
    long waitUntilServing() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofMinutes(4).toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node stopped; see " + log);
            }
            try {
                HttpResponse<Void> page =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + "/login"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the node did not start within four minutes; see " + log);
    }

    long pid() {
        return process.toHandle()
                .descendants()
                .findFirst()
                .map(ProcessHandle::pid)
                .orElse(process.pid());
    }

    void stop() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor();
    }
}
