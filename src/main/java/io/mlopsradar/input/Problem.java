package io.mlopsradar.input;

/** One thing wrong with an input file: where it is (file, line, field) and what is wrong. */
public record Problem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        var where = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) where.append(':').append(line);
        if (field != null && !field.isEmpty()) where.append(": field '").append(field).append('\'');
        return where.append(": ").append(message).toString();
    }
}
