package io.mlopsradar.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input file as UTF-8 text, refusing with a {@link Problem} what is not a readable regular file of at most
 * {@link #MAX_BYTES}, not UTF-8, or holds a NUL character; a leading byte-order mark is dropped.
 */
public final class InputText {
    /** The largest input file read: far above any real radar or catalogue, far below the memory a server has. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private InputText() {
    }

    public static String read(Path path) {
        String file = path.toString();
        if (!Files.exists(path)) throw refused(file, 0, "no such file");
        if (Files.isDirectory(path)) throw refused(file, 0, "is a folder, not a file");
        if (!Files.isRegularFile(path)) throw refused(file, 0, "not a regular file (a device, pipe or socket); give a text file");
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw refused(file, 0, "file is " + size + " bytes; input files may hold at most " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return decode(file, Files.readAllBytes(path));
        } catch (IOException e) {
            throw refused(file, 0, "cannot read file (" + (e.getMessage() == null ? "input/output error" : e.getMessage()) + ")");
        }
    }

    /** Text from bytes that must be UTF-8; names the line and column of the first byte that is not. */
    public static String decode(String file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw refused(file, 1, "not UTF-8 text: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        try {
            return check(file, decoder.decode(in).toString());
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw refused(file, line, String.format("not UTF-8 text: byte 0x%02X at line %d, column %d is not valid UTF-8 "
                    + "(Latin-1 or another encoding?); save the file as UTF-8", bytes[at] & 0xFF, line, at - lineStart + 1));
        }
    }

    /** The text without a leading byte-order mark; refused when it holds a NUL character (binary data or UTF-16). */
    public static String check(String file, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            for (int i = 0; i < nul; i++) if (text.charAt(i) == '\n') line++;
            boolean utf16 = nul < 4 && text.length() > 8 && text.charAt(nul + 2 < text.length() ? nul + 2 : nul) == '\0';
            throw refused(file, line, utf16 ? "not UTF-8 text: the file looks like UTF-16 (NUL between the letters); save it as UTF-8"
                    : "holds a NUL character at line " + line + "; text input must not contain NUL (binary data?)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? Math.min(in.position(), bytes.length - 1) : bytes.length - 1;
    }

    private static InvalidInputException refused(String file, int line, String message) {
        return new InvalidInputException(new Problem(file, line, null, message));
    }
}
