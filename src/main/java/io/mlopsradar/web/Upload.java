package io.mlopsradar.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.mlopsradar.input.InputText;
import io.mlopsradar.input.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;

/**
 * A text file sent to the server (an advisor's profile, a radar to import), as a request body or a form (typed or
 * uploaded), read within limits: too large answers 413, a body whose type is not one the kind takes 415, not UTF-8
 * or a broken form 400.
 */
record Upload(String name, String text) {
    /** What is uploaded: how it is named in messages, its largest size and the content types a body may declare. */
    record Kind(String what, int maxBytes, Set<String> types, String typeHint) {
        /** A form holds the file and a few fields; Jetty refuses larger ones itself. */
        int maxForm() {
            return maxBytes + 136 * 1024;
        }
    }

    static final Kind PROFILE = new Kind("the profile", 64 * 1024, Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml", "application/json", "text/plain"), "application/yaml or application/json");

    /** A request refused before its file is read, with the HTTP status to answer. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status.getCode();
        }

        int status() {
            return status;
        }
    }

    static Upload fromBody(Context ctx, Kind kind) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !kind.types().contains(type)) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send " + kind.what() + " as " + kind.typeHint() + ", not " + type);
        }
        if (ctx.contentLength() > kind.maxBytes()) throw drained(ctx, tooLarge(kind));
        try (InputStream in = ctx.bodyInputStream()) {
            return new Upload("request body", text(kind, "request body", in.readNBytes(kind.maxBytes() + 1)));
        } catch (IOException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "the request body could not be read");
        }
    }

    /** The uploaded file "file", else the text typed into {@code typedField} (named {@code formName} in messages). */
    static Upload fromForm(Context ctx, Kind kind, String typedField, String formName) {
        if (ctx.contentLength() > kind.maxForm()) throw drained(ctx, formTooLarge(kind));
        try {
            UploadedFile file = ctx.uploadedFile("file");
            if (file != null && file.size() > 0) {
                try (InputStream in = file.content()) {
                    return new Upload(file.filename(), text(kind, file.filename(), in.readNBytes(kind.maxBytes() + 1)));
                }
            }
            String typed = typedField == null ? null : ctx.formParam(typedField);
            if (typed != null && typed.length() > kind.maxBytes()) throw tooLarge(kind);
            return new Upload(formName, typed == null ? "" : InputText.check(formName, typed));
        } catch (Refused | InvalidInputException e) {
            throw e;
        } catch (Exception e) { // Javalin passes Jetty's checked ServletException through unchecked
            // Jetty refuses a malformed multipart body or an oversized form with an exception of its own
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.contains("larger than") || why.contains("max")) throw formTooLarge(kind);
            throw new Refused(HttpStatus.BAD_REQUEST, "the form could not be read: it is not a well-formed form upload");
        }
    }

    /** The most of a refused body that is read and dropped before the refusal is answered. */
    static final long DRAIN_LIMIT = 16L << 20;

    /**
     * Reads and drops a refused body of up to {@link #DRAIN_LIMIT} bytes, so that a client still sending it reads the
     * refusal on an open connection (a server that answers without reading closes the connection under the client,
     * which then often sees a reset instead of the answer); a larger body is left unread and the connection closed.
     */
    static Refused drained(Context ctx, Refused refusal) {
        if (ctx.contentLength() <= DRAIN_LIMIT) {
            try (InputStream in = ctx.req().getInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the client went away: there is no one left to answer
            }
        }
        return refusal;
    }

    private static String text(Kind kind, String name, byte[] bytes) {
        if (bytes.length > kind.maxBytes()) throw tooLarge(kind);
        return InputText.decode(name, bytes);
    }

    private static Refused tooLarge(Kind kind) {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, kind.what() + " is larger than " + kind.maxBytes() / 1024 + " KiB");
    }

    private static Refused formTooLarge(Kind kind) {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, "the form is larger than " + kind.maxForm() / 1024 + " KiB");
    }
}
