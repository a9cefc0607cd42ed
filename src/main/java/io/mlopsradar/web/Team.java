package io.mlopsradar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import io.mlopsradar.store.SignInFailures;
import io.mlopsradar.notifications.Webhooks;
import io.mlopsradar.proposals.Proposal;
import io.mlopsradar.proposals.ProposalJson;
import io.mlopsradar.store.WebhookRepository;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.LocalDate;
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
        var notifier = new Webhooks(webhooks::url, executor, () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                config.webhookRetryDelay(), config.webhookAttempts());
        return new Team(config, clock, new AccountRepository(jdbi, clock), new SessionRepository(jdbi, clock, config.sessionLifetime()),
                new ApiTokenRepository(jdbi, clock), new ProposalRepository(jdbi, clock), new DraftEditions(jdbi, clock),
                new AuditLog(jdbi), new Settings(jdbi, clock),
                new SignInLimiter(new SignInFailures(jdbi), clock, config.maxSignInFailures(), config.signInWindow()), webhooks, notifier,
                new SignInFlows(jdbi, clock), new ExternalIdentities(jdbi, clock), oidc(config, clock));
    }

    /** The single sign-on client when configured, else null. */
    private static OidcClient oidc(TeamConfig config, Clock clock) {
        if (config.singleSignOn() == null) return null;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new OidcClient(config.singleSignOn(), http, clock);
    }

    /** Tells the proposal's radar's webhook (if any) that the proposal was created or decided, in the background. */
    void announce(String event, Proposal proposal) {
        announce(new EventJson(event, proposal.radar(), now(), ProposalJson.of(proposal), null));
    }

    /** Tells the radar's webhook (if any) that an edition was published, in the background. */
    void announcePublished(String radar, LocalDate edition) {
        announce(new EventJson("edition.published", radar, now(), null, edition.toString()));
    }

    private void announce(EventJson event) {
        notifier.send(event.radar(), Json.write(event));
    }

    private String now() {
        return OffsetDateTime.now(clock).toString();
    }

    /** What a webhook receives: the event, its radar and time, and the proposal or the edition it concerns. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventJson(String event, String radar, String at, ProposalJson proposal, String edition) {
    }
}
