package io.mlopsradar.signals;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * GETs JSON from an outside API the way a polite client should: conditional requests with stored ETags, bounded
 * retries with doubling backoff on errors and timeouts, waits for {@code Retry-After} and exhausted rate limits
 * ({@code X-RateLimit-Remaining/Reset}), moved resources (301) followed and reported, 404 and malformed JSON
 * reported as {@link SourceException}s.
 */
public final class JsonHttp {
    static final ObjectMapper JSON = JsonMappers.compact();
    private static final int MAX_REDIRECTS = 3;

    private final HttpClient client;
    private final HttpSettings settings;
    private final ResponseCache cache;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant blockedUntil;

    public JsonHttp(HttpSettings settings, ResponseCache cache, Clock clock, Sleeper sleeper) {
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.settings = settings;
        this.cache = cache;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A JSON answer, the URL it finally came from, and its headers of interest. */
    public record Answer(JsonNode json, String finalUrl, boolean moved, Map<String, java.util.List<String>> headers) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** GETs a URL; an empty answer for 404 when {@code missingIsEmpty}, else a SourceException naming the URL. */
    public Optional<Answer> get(String url, Map<String, String> headers, boolean missingIsEmpty) throws SourceException {
        String current = url;
        boolean moved = false;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<String> r = send(current, headers);
            int code = r.statusCode();
            if (code == 301 || code == 302 || code == 307 || code == 308) {
                String location = r.headers().firstValue("Location").orElseThrow(() -> new SourceException(url + ": redirect without a Location"));
                moved |= code == 301 || code == 308;
                current = URI.create(current).resolve(location).toString();
                continue;
            }
            if (code == 404 || code == 410) {
                if (missingIsEmpty) return Optional.empty();
                throw new SourceException(url + ": not found (" + code + ")");
            }
            String body = r.body();
            if (code == 304) {
                body = cache.get(current).map(ResponseCache.Cached::body)
                        .orElseThrow(() -> new SourceException(url + ": 304 Not Modified but no cached body"));
            } else if (code / 100 != 2) {
                throw new SourceException(url + ": HTTP " + code);
            } else {
                String finalUrl = current;
                r.headers().firstValue("ETag").ifPresent(e -> cache.put(finalUrl, new ResponseCache.Cached(e, r.body())));
            }
            try {
                return Optional.of(new Answer(JSON.readTree(body), current, moved, r.headers().map()));
            } catch (JsonProcessingException e) {
                throw new SourceException(url + ": malformed JSON (" + e.getOriginalMessage() + ")");
            }
        }
        throw new SourceException(url + ": more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<String> send(String url, Map<String, String> headers) throws SourceException {
        Duration wait = settings.backoff();
        String last = "no attempt";
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            waitForRateLimit(url);
            var b = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout()).GET();
            headers.forEach(b::header);
            cache.get(url).ifPresent(c -> b.header("If-None-Match", c.etag()));
            try {
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                noteRateLimit(r);
                int code = r.statusCode();
                Optional<Duration> retryAfter = r.headers().firstValue("Retry-After").flatMap(JsonHttp::seconds);
                boolean limited = code == 429 || (code == 403 && (retryAfter.isPresent() || blockedUntil != null));
                if (limited && attempt < settings.attempts()) {
                    last = "HTTP " + code + " (rate limited)";
                    pause(retryAfter.orElse(wait), url);
                    wait = wait.multipliedBy(2);
                    continue;
                }
                if (code >= 500 && attempt < settings.attempts()) {
                    last = "HTTP " + code;
                    pause(wait, url);
                    wait = wait.multipliedBy(2);
                    continue;
                }
                if (limited) throw new SourceException(url + ": rate limited (HTTP " + code + ") after " + attempt + " attempts");
                if (code >= 500) throw new SourceException(url + ": failed after " + attempt + " attempts (HTTP " + code + ")");
                return r;
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                if (attempt < settings.attempts()) {
                    pause(wait, url);
                    wait = wait.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(url + ": interrupted");
            }
        }
        throw new SourceException(url + ": failed after " + settings.attempts() + " attempts (" + last + ")");
    }

    private void noteRateLimit(HttpResponse<String> r) {
        Optional<String> remaining = r.headers().firstValue("X-RateLimit-Remaining");
        Optional<String> reset = r.headers().firstValue("X-RateLimit-Reset");
        if (remaining.isPresent() && remaining.get().trim().equals("0") && reset.isPresent()) {
            try {
                blockedUntil = Instant.ofEpochSecond(Long.parseLong(reset.get().trim()));
            } catch (NumberFormatException e) {
                blockedUntil = null;
            }
        } else if (remaining.isPresent()) {
            blockedUntil = null;
        }
    }

    private void waitForRateLimit(String url) throws SourceException {
        if (blockedUntil == null) return;
        Duration wait = Duration.between(clock.instant(), blockedUntil);
        if (wait.isNegative() || wait.isZero()) {
            blockedUntil = null;
            return;
        }
        if (wait.compareTo(settings.maxRateLimitWait()) > 0) {
            throw new SourceException(url + ": rate limit exhausted until " + blockedUntil + "; set GITHUB_TOKEN or try later");
        }
        pause(wait, url);
        blockedUntil = null;
    }

    private void pause(Duration d, String url) throws SourceException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(url + ": interrupted");
        }
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
