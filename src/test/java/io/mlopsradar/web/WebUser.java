package io.mlopsradar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person using a started app over real HTTP: their own cookie jar, sign-in, forms with the CSRF token, JSON calls. */
final class WebUser {
    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private String bearer;

    WebUser(int port) {
        this(port, new CookieManager());
    }

    private WebUser(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (same cookies) talking to another server instance, as behind a load balancer. */
    WebUser on(int port) {
        var other = new WebUser(port, cookies);
        other.bearer = bearer;
        return other;
    }

    /** Signs in through the form; fails the test when that does not work. */
    WebUser signIn(String name, String password) {
        var r = form("/login", "name", name, "password", password);
        if (r.code() != 303) throw new AssertionError("sign-in of " + name + " answered " + r.code() + ": " + r.body());
        return this;
    }

    WebUser withBearer(String token) {
        this.bearer = token;
        return this;
    }

    String csrf() {
        if (cookie(Csrf.COOKIE) == null) get("/login");
        return cookie(Csrf.COOKIE);
    }

    String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(base)).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The cookie jar's raw Set-Cookie-equivalent for one cookie, to hand a session to another client. */
    HttpCookie rawCookie(String name) {
        return cookies.getCookieStore().get(URI.create(base)).stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    }

    Http.Answer get(String path, String... headers) {
        var b = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    /** Posts a form with the CSRF token added. */
    Http.Answer form(String path, String... fields) {
        var all = new LinkedHashMap<String, String>();
        if (bearer == null) all.put("csrf", csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) all.put(fields[i], fields[i + 1]);
        return formWithout(path, all);
    }

    /** Posts exactly these fields (no CSRF token added). */
    Http.Answer formWithout(String path, Map<String, String> fields) {
        var body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Posts a multipart form with one file (field "file") and the CSRF token added, as a browser's upload form does. */
    Http.Answer upload(String path, String fileName, byte[] content, String... fields) {
        String boundary = "----radar" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<String, String>();
        if (bearer == null) all.put("csrf", csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) all.put(fields[i], fields[i + 1]);
        all.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v
                + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Posts a body of the given type, with the CSRF header unless using a bearer token. */
    Http.Answer post(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, body);
    }

    /** Puts a body of the given type, with the CSRF header unless using a bearer token. */
    Http.Answer put(String path, String contentType, byte[] body) {
        return send("PUT", path, contentType, body);
    }

    private Http.Answer send(String method, String path, String contentType, byte[] body) {
        var b = request(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer == null) b.header(Csrf.HEADER, csrf());
        return send(b);
    }

    /** A JSON call with the CSRF header (unless using a bearer token) and any extra headers. */
    Http.Answer json(String method, String path, String body, String... headers) {
        var b = request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer == null) b.header(Csrf.HEADER, csrf());
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    private HttpRequest.Builder request(String path) {
        var b = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return b;
    }

    private Http.Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Answer(r.statusCode(), r.headers(), r.body(), r.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
