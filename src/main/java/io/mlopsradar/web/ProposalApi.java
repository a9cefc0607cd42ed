package io.mlopsradar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.editions.History;
import io.mlopsradar.proposals.Comment;
import io.mlopsradar.proposals.Draft;
import io.mlopsradar.proposals.Proposal;
import io.mlopsradar.proposals.ProposalJson;
import io.mlopsradar.proposals.ProposalStatus;
import io.mlopsradar.proposals.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Proposals, votes, comments, decisions, the draft and publishing under /api/v1. Proposals and editions carry their
 * version as ETag; deciding and publishing need it back in If-Match.
 */
final class ProposalApi {
    private final ServedData site;
    private final Team team;

    ProposalApi(ServedData site, Team team) {
        this.site = site;
        this.team = team;
    }

    void register(RoutesConfig routes) {
        String base = "/api/v1/radars/{name}/proposals";
        routes.get(base, this::list, Permission.READ);
        routes.post(base, this::create, Permission.PROPOSE);
        routes.get(base + "/{id}", ctx -> {
            Proposal p = ProposalPages.proposal(team, ctx);
            ctx.header("ETag", Preconditions.etag(p.version()));
            ctx.header("Cache-Control", "no-cache");
            Written.json(ctx, 200, full(p, Viewer.of(ctx)));
        }, Permission.READ);
        routes.post(base + "/{id}/comments", ctx -> {
            Proposal p = ProposalPages.proposal(team, ctx);
            Comment c = Input.checked("body", () -> team.proposals().comment(Viewer.actor(ctx), p.id(), Input.of(ctx).required("body")));
            Written.json(ctx, 201, comment(c));
        }, Permission.PROPOSE);
        routes.put(base + "/{id}/vote", ctx -> {
            Proposal p = ProposalPages.proposal(team, ctx);
            var t = Input.checked("vote", () -> team.proposals().vote(Viewer.actor(ctx), p.id(), Input.of(ctx).integer("vote")));
            Written.json(ctx, 200, votes(t));
        }, Permission.PROPOSE);
        routes.post(base + "/{id}/decision", ctx -> {
            Proposal p = ProposalPages.proposal(team, ctx);
            Input in = Input.of(ctx);
            Proposal decided = team.proposals().decide(Viewer.actor(ctx), p.id(), ProposalPages.accept(in), in.get("note"),
                    Preconditions.expectedVersion(ctx, in));
            team.announce("proposal." + decided.status().id(), decided);
            Written.json(ctx, 200, ProposalJson.of(decided), Preconditions.etag(decided.version()));
        }, Permission.CURATE);
        routes.get("/api/v1/radars/{name}/draft", this::draft, Permission.READ);
        routes.get("/api/v1/radars/{name}/webhook", ctx -> Written.json(ctx, 200,
                new WebhookJson(team.webhooks().url(ctx.pathParam("name")).orElse(""))), Permission.ADMINISTER);
        routes.put("/api/v1/radars/{name}/webhook", ctx -> {
            String url = Input.of(ctx).required("url");
            Input.checked("url", () -> {
                team.webhooks().set(Viewer.actor(ctx), ctx.pathParam("name"), url);
                return null;
            });
            Written.json(ctx, 200, new WebhookJson(url));
        }, Permission.ADMINISTER);
        routes.delete("/api/v1/radars/{name}/webhook", ctx -> {
            team.webhooks().set(Viewer.actor(ctx), ctx.pathParam("name"), null);
            ctx.status(204);
        }, Permission.ADMINISTER);
        routes.post("/api/v1/radars/{name}/editions/{date}/publish", ctx -> {
            History h = ProposalPages.history(site, ctx);
            LocalDate date = EditionRoutes.edition(h, ctx.pathParam("date"));
            team.drafts().publish(Viewer.actor(ctx), h.radar().name(), date, Preconditions.expectedVersion(ctx, Input.of(ctx)));
            int version = team.drafts().version(h.radar().name(), date).orElseThrow();
            team.announcePublished(h.radar().name(), date);
            Written.json(ctx, 200, new PublishedJson(h.radar().name(), date.toString(), "published", version), Preconditions.etag(version));
        }, Permission.CURATE);
    }

    private void list(Context ctx) {
        History h = ProposalPages.history(site, ctx);
        String status = ctx.queryParam("status");
        ProposalStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ProposalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("status", "query parameter 'status' is open, accepted or rejected, not '" + status + "'");
            }
        }
        var list = team.proposals().of(h.radar().name(), wanted).stream().map(p -> withVotes(p, "", null)).toList();
        Etag.json(ctx, new ListJson(list.size(), list));
    }

    private void create(Context ctx) {
        History h = ProposalPages.history(site, ctx);
        var p = ProposalForms.checked(ProposalForms.read(site, h, Input.of(ctx)), h, site.today());
        Proposal stored = Input.checked("proposal", () -> team.proposals().create(Viewer.actor(ctx), h.radar().name(), p));
        team.announce("proposal.created", stored);
        ctx.header("Location", ProposalPages.href(stored.radar(), stored.id()).replaceFirst("^/radars", "/api/v1/radars"));
        Written.json(ctx, 201, ProposalJson.of(stored), Preconditions.etag(stored.version()));
    }

    private void draft(Context ctx) {
        History h = ProposalPages.history(site, ctx);
        Edition draft = Draft.existing(h).orElseThrow(() -> new NoSuchElementException("radar '" + h.radar().name() + "' has no draft edition"));
        int version = team.drafts().version(h.radar().name(), draft.date()).orElseThrow();
        ctx.header("ETag", Preconditions.etag(version));
        ctx.header("Cache-Control", "no-cache");
        Written.json(ctx, 200, HistoryJson.draft(h, draft.date(), version));
    }

    private WithVotesJson withVotes(Proposal p, String voter, List<CommentJson> comments) {
        return new WithVotesJson(ProposalJson.of(p), votes(team.proposals().tally(p.id(), voter)), comments);
    }

    private WithVotesJson full(Proposal p, Viewer viewer) {
        return withVotes(p, viewer.signedIn() ? viewer.name() : "",
                team.proposals().comments(p.id()).stream().map(ProposalApi::comment).toList());
    }

    private static VotesJson votes(Tally t) {
        return new VotesJson(t.inFavour(), t.against(), t.mine());
    }

    /** A proposal with the votes on it and, when it is read on its own, its comments. */
    record WithVotesJson(@JsonUnwrapped ProposalJson proposal, VotesJson votes,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<CommentJson> comments) {
    }

    /** A radar's proposals, newest first, with their number. */
    record ListJson(int count, List<WithVotesJson> proposals) {
    }

    /** The edition just published, with its version. */
    record PublishedJson(String radar, String edition, String status, int version) {
    }

    /** A radar's webhook address, empty when it has none. */
    record WebhookJson(String url) {
    }

    /** The votes on a proposal, with the asking reader's own. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record VotesJson(int inFavour, int against, int mine) {
    }

    /** One comment on a proposal. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CommentJson(long id, String author, String body, String createdAt) {
    }

    private static CommentJson comment(Comment c) {
        return new CommentJson(c.id(), c.author(), c.body(), c.createdAt().toString());
    }
}
