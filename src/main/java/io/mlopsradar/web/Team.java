package io.mlopsradar.web;

import io.mlopsradar.accounts.SignInLimiter;
import io.mlopsradar.accounts.oidc.OidcClient;
import io.mlopsradar.store.ExternalIdentities;
import io.mlopsradar.store.SignInFlows;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.ApiTokenRepository;
import io.mlopsradar.store.AuditLog;
import io.mlopsradar.store.DraftEditions;
import io.mlopsradar.store.ProposalRepository;
import io.mlopsradar.store.SessionRepository;
import io.mlopsradar.store.Settings;
import io.mlopsradar.notifications.Webhooks;
import io.mlopsradar.store.WebhookRepository;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Jdbi;

/** The team features' collaborators, built once per server from the site's database and a clock. */
record Team(TeamConfig config, Clock clock, AccountRepository accounts, SessionRepository sessions, ApiTokenRepository tokens,
            ProposalRepository proposals, DraftEditions drafts, AuditLog audit, Settings settings, SignInLimiter limiter,
            WebhookRepository webhooks, Webhooks notifier, SignInFlows signInFlows, ExternalIdentities identities, OidcClient oidc) {

    static Team of(ServedData site, TeamConfig config, Clock clock) {
        Jdbi jdbi = site.database().jdbi();
        var webhooks = new WebhookRepository(jdbi, clock);
        var executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "radar-webhooks");
            t.setDaemon(true);
            return t;
        });
        var notifier = new Webhooks(webhooks::url, executor, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                config.webhookRetryDelay(), config.webhookAttempts());
        return new Team(config, clock, new AccountRepository(jdbi, clock), new SessionRepository(jdbi, clock, config.sessionLifetime()),
                new ApiTokenRepository(jdbi, clock), new ProposalRepository(jdbi, clock), new DraftEditions(jdbi, clock),
                new AuditLog(jdbi), new Settings(jdbi, clock),
                new SignInLimiter(clock, config.maxSignInFailures(), config.signInWindow()), webhooks, notifier,
                new SignInFlows(jdbi, clock), new ExternalIdentities(jdbi, clock), oidc(config, clock));
    }

    /** The single sign-on client when configured, else null. */
    private static OidcClient oidc(TeamConfig config, Clock clock) {
        if (config.singleSignOn() == null) return null;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new OidcClient(config.singleSignOn(), http, clock);
    }

    /** Tells the radar's webhook (if any) about an event, in the background. */
    void announce(String radar, String event, Map<String, Object> data) {
        var body = new LinkedHashMap<String, Object>();
        body.put("event", event);
        body.put("radar", radar);
        body.put("at", OffsetDateTime.now(clock).toString());
        body.putAll(data);
        notifier.send(radar, Json.write(body));
    }
}
