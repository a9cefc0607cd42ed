package io.mlopsradar.signals;

import java.util.Optional;

/** Remembers each URL's last ETag and body, so a refresh asks "changed since?" and a 304 costs no rate limit. */
public interface ResponseCache {
    Optional<Cached> get(String url);

    void put(String url, Cached response);

    /** A response body with its ETag. */
    record Cached(String etag, String body) {
    }

    /** A cache that remembers nothing. */
    static ResponseCache none() {
        return new ResponseCache() {
            @Override
            public Optional<Cached> get(String url) {
                return Optional.empty();
            }

            @Override
            public void put(String url, Cached response) {
            }
        };
    }
}
