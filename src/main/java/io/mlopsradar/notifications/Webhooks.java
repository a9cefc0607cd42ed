package io.mlopsradar.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends events to a radar's webhook on a background executor: the request that caused the event never waits. A
 * delivery that fails (no answer, or not 2xx) is retried after 1, 2, 4, … times the base delay, up to a limit.
 */
public final class Webhooks {
    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    private final Function<String, Optional<String>> urlOfRadar;
    private final ScheduledExecutorService executor;
    private final Supplier<HttpClient> newClient;
    private HttpClient client; // built on the first delivery: building one loads TLS, which a server start need not wait for
    private final Duration baseDelay;
    private final int attempts;

    public Webhooks(Function<String, Optional<String>> urlOfRadar, ScheduledExecutorService executor, Supplier<HttpClient> client,
                    Duration baseDelay, int attempts) {
        this.urlOfRadar = urlOfRadar;
        this.executor = executor;
        this.newClient = client;
        this.baseDelay = baseDelay;
        this.attempts = attempts;
    }

    /** Queues the event (already JSON) for the radar's webhook, if it has one; returns at once. */
    public void send(String radar, String json) {
        executor.execute(() -> urlOfRadar.apply(radar).ifPresent(url -> attempt(url, json, 1)));
    }

    private void attempt(String url, String json, int attempt) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("User-Agent", "mlops-radar-webhook")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            int status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) return;
            retry(url, json, attempt, "answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            retry(url, json, attempt, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private synchronized HttpClient client() {
        if (client == null) client = newClient.get();
        return client;
    }

    private void retry(String url, String json, int attempt, String why) {
        if (attempt >= attempts) {
            LOG.warn("webhook {} gave up after {} attempts: {}", url, attempt, why);
            return;
        }
        long delay = baseDelay.toMillis() << (attempt - 1);
        executor.schedule(() -> attempt(url, json, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }
}
