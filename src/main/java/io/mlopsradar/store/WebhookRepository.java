package io.mlopsradar.store;

import io.mlopsradar.audit.Actor;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Each radar's optional webhook URL. */
public final class WebhookRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public WebhookRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<String> url(String radar) {
        return jdbi.withHandle(h -> h.createQuery("SELECT url FROM radar_webhook WHERE LOWER(radar_name) = LOWER(:r)")
                .bind("r", radar).mapTo(String.class).findOne());
    }

    /** Sets (or with null, removes) the radar's webhook; only http and https URLs are taken. */
    public void set(Actor actor, String radar, String url) {
        if (url != null) {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("a webhook URL is http:// or https:// with a host, not '" + url + "'");
            }
        }
        Changes.inWriteTransaction(jdbi, h -> {
            var r = RadarRepository.require(h, radar);
            String before = h.createQuery("SELECT url FROM radar_webhook WHERE radar_name = :r").bind("r", r.name())
                    .mapTo(String.class).findOne().orElse(null);
            h.createUpdate("DELETE FROM radar_webhook WHERE radar_name = :r").bind("r", r.name()).execute();
            if (url != null) {
                h.createUpdate("INSERT INTO radar_webhook (radar_name, url) VALUES (:r, :u)").bind("r", r.name()).bind("u", url).execute();
            }
            AuditLog.append(h, clock, actor, "radar.webhook", "radar:" + r.name(),
                    before == null ? null : Map.of("url", before), url == null ? null : Map.of("url", url));
            return null;
        });
    }
}
