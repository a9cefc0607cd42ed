package io.mlopsradar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser for single sign-on tests: one cookie jar, and redirects followed by hand across the site and the
 * provider, so a test can stop before the callback and bring it later, elsewhere or twice.
 */
final class SsoBrowser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    /** One request, no redirect followed. */
    Http.Answer get(String url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Answer(r.statusCode(), r.headers(), r.body(), r.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects from this address to the first answer that is not one. */
    Http.Answer follow(String url) {
        return follow(url, null).answer();
    }

    /** The address the provider sends the browser back to, found by following redirects up to it (not visited). */
    String callbackFrom(String url) {
        String callback = follow(url, "/login/sso/callback").stoppedAt();
        if (callback == null) throw new AssertionError("the sign-in never came back to the site's callback");
        return callback;
    }

    record Walk(Http.Answer answer, String stoppedAt) {
    }

    private Walk follow(String url, String stopBeforePath) {
        String at = url;
        for (int hops = 0; hops < 10; hops++) {
            Http.Answer r = get(at);
            String location = r.header("Location");
            if (r.code() < 300 || r.code() > 399 || location == null) return new Walk(r, null);
            at = URI.create(at).resolve(location).toString();
            if (stopBeforePath != null && URI.create(at).getPath().equals(stopBeforePath)) return new Walk(r, at);
        }
        throw new AssertionError("more than 10 redirects from " + url);
    }
}
