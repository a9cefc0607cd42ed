package io.mlopsradar.web;

import io.mlopsradar.accounts.SignInLimiter;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.ApiTokenRepository;
import io.mlopsradar.store.AuditLog;
import io.mlopsradar.store.DraftEditions;
import io.mlopsradar.store.ProposalRepository;
import io.mlopsradar.store.SessionRepository;
import io.mlopsradar.store.Settings;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The team features' collaborators, built once per server from the site's database and a clock. */
record Team(TeamConfig config, Clock clock, AccountRepository accounts, SessionRepository sessions, ApiTokenRepository tokens,
            ProposalRepository proposals, DraftEditions drafts, AuditLog audit, Settings settings, SignInLimiter limiter) {

    static Team of(Site site, TeamConfig config, Clock clock) {
        Jdbi jdbi = site.database().jdbi();
        return new Team(config, clock, new AccountRepository(jdbi, clock), new SessionRepository(jdbi, clock, config.sessionLifetime()),
                new ApiTokenRepository(jdbi, clock), new ProposalRepository(jdbi, clock), new DraftEditions(jdbi, clock),
                new AuditLog(jdbi), new Settings(jdbi, clock),
                new SignInLimiter(clock, config.maxSignInFailures(), config.signInWindow()));
    }
}
