package io.mlopsradar.cli;

import io.mlopsradar.text.ControlCharacters;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Everything the CLI prints passes here, so control characters from data reach the terminal escaped, never raw. */
final class TerminalWriter extends FilterWriter {
    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (ControlCharacters.isUnsafe(c)) out.write(ControlCharacters.escape((char) c));
        else out.write(c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) write(chars[i]);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) write(text.charAt(i));
    }
}
