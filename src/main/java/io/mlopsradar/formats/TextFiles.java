package io.mlopsradar.formats;

import io.mlopsradar.text.ControlCharacters;
import io.mlopsradar.input.InputText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes UTF-8 text files: reading refuses what {@link InputText} refuses, with a reported problem; writing
 * strips control characters ({@link ControlCharacters}).
 */
public final class TextFiles {
    private TextFiles() {
    }

    public static String read(Path path) {
        return InputText.read(path);
    }

    public static void write(Path path, String text) {
        try {
            if (path.getParent() != null) Files.createDirectories(path.getParent());
            Files.writeString(path, ControlCharacters.strip(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
