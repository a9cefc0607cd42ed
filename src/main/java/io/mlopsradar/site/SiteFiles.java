package io.mlopsradar.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the site's files under one folder and counts them. */
final class SiteFiles {
    private final Path root;
    private int files;
    private long bytes;

    SiteFiles(Path root) {
        this.root = root;
    }

    void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relative, byte[] content) {
        try {
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            files++;
            bytes += content.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file shipped in the jar under /site or /public. */
    static String resource(String path) {
        try (InputStream in = SiteFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int files() {
        return files;
    }

    long bytes() {
        return bytes;
    }
}
