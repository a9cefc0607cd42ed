package io.mlopsradar.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * One hostile input: what it is written as (a file's bytes, a folder of files, or a path that is not a file at all)
 * and what a correct refusal says. {@code line} 0 means the message needs no line; {@code field} null, no field.
 */
record HostileFile(String id, String format, Writer writer, String expect, int line, String field, Lenient lenient) {

    /** What --lenient does with the case: refuses it the same way, or skips the bad rows and imports the rest. */
    enum Lenient { SAME, SKIPS, NONE }

    /** Writes the input under a folder and returns the path to give the command. */
    interface Writer {
        Path write(Path dir, String name) throws IOException;
    }

    static Writer text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Writer bytes(byte[] bytes) {
        return (dir, name) -> Files.write(dir.resolve(name), bytes);
    }

    /** A folder of files (paths relative to it, '/' separated) for the AOE format. */
    static Writer folder(Map<String, String> files) {
        return (dir, name) -> {
            Path root = Files.createDirectories(dir.resolve(name));
            for (var e : files.entrySet()) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
            return root;
        };
    }

    static Writer directory() {
        return (dir, name) -> Files.createDirectories(dir.resolve(name));
    }

    static Writer missing() {
        return (dir, name) -> dir.resolve(name);
    }

    static Writer existing(String path) {
        return (dir, name) -> Path.of(path);
    }

    /** A sparse file just over the input size limit: large on paper, no disk written. */
    static Writer huge(long size) {
        return (dir, name) -> {
            Path file = dir.resolve(name);
            try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(size);
            }
            return file;
        };
    }

    static Writer random(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        b[0] = (byte) 0xC3; // make sure the first bytes are not UTF-8 either
        b[1] = (byte) 0x28;
        return bytes(b);
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    Path writeUnder(Path dir) {
        try {
            return writer.write(dir, format + "-" + id + extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String extension() {
        return switch (format) {
            case "byor-csv" -> ".csv";
            case "byor-json", "zalando", "backstage" -> ".json";
            case "aoe" -> "";
            default -> ".yaml";
        };
    }

    @Override
    public String toString() {
        return format + ": " + id;
    }
}
