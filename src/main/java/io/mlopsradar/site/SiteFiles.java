package io.mlopsradar.site;

import io.mlopsradar.templates.HtmlTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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

    /** Renders one page: {@code site/<template>.jte} around its view, in the site's frame. */
    void page(String relative, String template, Page frame, Object view) {
        write(relative, HtmlTemplates.render("site/" + template + ".jte", Map.of("frame", frame, "page", view)));
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

    /** An SVG picture to place inline in a page: without any XML declaration. */
    static String inline(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
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
