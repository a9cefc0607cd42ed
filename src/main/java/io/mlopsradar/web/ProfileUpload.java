package io.mlopsradar.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.mlopsradar.input.InputText;
import io.mlopsradar.input.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * An organisation profile sent to the advisor, as a request body or a form (typed or uploaded), read within limits:
 * too large answers 413, a body that is not YAML or JSON by its type 415, not UTF-8 or a broken form 400.
 */
record ProfileUpload(String name, String text) {
    static final int MAX_PROFILE = 64 * 1024;
    /** A form holds the profile and little else; Jetty refuses larger ones itself. */
    static final int MAX_FORM = 200 * 1024;
    static final Set<String> TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml",
            "application/json", "text/plain");

    /** A request the advisor refuses before reading the profile, with the HTTP status to answer. */
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

    static ProfileUpload fromBody(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !TYPES.contains(type)) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the profile as application/yaml or application/json, not " + type);
        }
        if (ctx.contentLength() > MAX_PROFILE) throw tooLarge();
        try (InputStream in = ctx.bodyInputStream()) {
            return new ProfileUpload("request body", text("request body", in.readNBytes(MAX_PROFILE + 1)));
        } catch (IOException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "the request body could not be read");
        }
    }

    static ProfileUpload fromForm(Context ctx, String formName) {
        if (ctx.contentLength() > MAX_FORM) {
            throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "the form is larger than " + MAX_FORM / 1024 + " KiB");
        }
        try {
            UploadedFile file = ctx.uploadedFile("file");
            if (file != null && file.size() > 0) {
                try (InputStream in = file.content()) {
                    return new ProfileUpload(file.filename(), text(file.filename(), in.readNBytes(MAX_PROFILE + 1)));
                }
            }
            String typed = ctx.formParam("profile");
            if (typed != null && typed.length() > MAX_PROFILE) throw tooLarge();
            return new ProfileUpload(formName, typed == null ? "" : InputText.check(formName, typed));
        } catch (Refused | InvalidInputException e) {
            throw e;
        } catch (Exception e) { // Javalin passes Jetty's checked ServletException through unchecked
            // Jetty refuses a malformed multipart body or an oversized form with an exception of its own
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.contains("larger than") || why.contains("max")) {
                throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "the form is larger than " + MAX_FORM / 1024 + " KiB");
            }
            throw new Refused(HttpStatus.BAD_REQUEST, "the form could not be read: it is not a well-formed form upload");
        }
    }

    private static String text(String name, byte[] bytes) {
        if (bytes.length > MAX_PROFILE) throw tooLarge();
        return InputText.decode(name, bytes);
    }

    private static Refused tooLarge() {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, "the profile is larger than " + MAX_PROFILE / 1024 + " KiB");
    }
}
