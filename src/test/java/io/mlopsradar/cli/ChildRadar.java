package io.mlopsradar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code radar} in a child JVM on this test run's class path, as a second process on the same database. */
final class ChildRadar {
    /** What a finished child did. */
    record Result(int code, String out, String err) {
    }

    private ChildRadar() {
    }

    /** Starts {@code radar args…}; its output goes to files in {@code dir} (read them with {@link #result}). */
    static Process start(Path dir, String... args) {
        return start(dir, java.util.Map.of(), args);
    }

    /** Starts {@code radar args…} with these environment variables added. */
    static Process start(Path dir, java.util.Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(dir);
            var builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            return builder.redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code radar args…} to the end (at most two minutes). */
    static Result run(Path dir, String... args) {
        return result(start(dir, args), dir);
    }

    static Result result(Process process, Path dir) {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("radar did not finish in two minutes");
            }
            return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
