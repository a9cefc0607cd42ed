package io.mlopsradar.formats.internal;

import io.mlopsradar.yaml.InvalidInputException;
import io.mlopsradar.yaml.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes UTF-8 text files, turning a missing input file into a reported problem. */
public final class Texts {
    private Texts() {
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(path.toString(), 0, null, "cannot read file: " + e.getMessage()));
        }
    }

    public static void write(Path path, String text) {
        try {
            if (path.getParent() != null) Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
