package io.mlopsradar.web;

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
import io.mlopsradar.proposals.ProposalStatus;
import io.mlopsradar.store.ProposalRepository;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
            Written.json(ctx, 200, Map.of("in_favour", t.inFavour(), "against", t.against(), "mine", t.mine()));
        }, Permission.PROPOSE);
        routes.post(base + "/{id}/decision", ctx -> {
            Proposal p = ProposalPages.proposal(team, ctx);
            Input in = Input.of(ctx);
            Proposal decided = team.proposals().decide(Viewer.actor(ctx), p.id(), ProposalPages.accept(in), in.get("note"),
                    Preconditions.expectedVersion(ctx, in));
            team.announce(decided.radar(), "proposal." + decided.status().id(), Map.of("proposal", ProposalRepository.view(decided)));
            Written.json(ctx, 200, ProposalRepository.view(decided), Preconditions.etag(decided.version()));
        }, Permission.CURATE);
        routes.get("/api/v1/radars/{name}/draft", this::draft, Permission.READ);
        routes.get("/api/v1/radars/{name}/webhook", ctx -> Written.json(ctx, 200,
                Map.of("url", team.webhooks().url(ctx.pathParam("name")).orElse(""))), Permission.ADMINISTER);
        routes.put("/api/v1/radars/{name}/webhook", ctx -> {
            String url = Input.of(ctx).required("url");
            Input.checked("url", () -> {
                team.webhooks().set(Viewer.actor(ctx), ctx.pathParam("name"), url);
                return null;
            });
            Written.json(ctx, 200, Map.of("url", url));
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
            team.announce(h.radar().name(), "edition.published", Map.of("edition", date.toString()));
            Written.json(ctx, 200, Map.of("radar", h.radar().name(), "edition", date.toString(), "status", "published",
                    "version", version), Preconditions.etag(version));
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
        var list = team.proposals().of(h.radar().name(), wanted).stream().map(p -> withTally(p, "")).toList();
        Etag.json(ctx, Map.of("count", list.size(), "proposals", list));
    }

    private void create(Context ctx) {
        History h = ProposalPages.history(site, ctx);
        var p = ProposalForms.checked(ProposalForms.read(site, h, Input.of(ctx)), h, site.today());
        Proposal stored = Input.checked("proposal", () -> team.proposals().create(Viewer.actor(ctx), h.radar().name(), p));
        team.announce(stored.radar(), "proposal.created", Map.of("proposal", ProposalRepository.view(stored)));
        ctx.header("Location", ProposalPages.href(stored.radar(), stored.id()).replaceFirst("^/radars", "/api/v1/radars"));
        Written.json(ctx, 201, ProposalRepository.view(stored), Preconditions.etag(stored.version()));
    }

    private void draft(Context ctx) {
        History h = ProposalPages.history(site, ctx);
        Edition draft = Draft.existing(h).orElseThrow(() -> new NoSuchElementException("radar '" + h.radar().name() + "' has no draft edition"));
        int version = team.drafts().version(h.radar().name(), draft.date()).orElseThrow();
        ctx.header("ETag", Preconditions.etag(version));
        ctx.header("Cache-Control", "no-cache");
        Written.json(ctx, 200, HistoryJson.draft(h, draft.date(), version));
    }

    private Map<String, Object> withTally(Proposal p, String voter) {
        var m = ProposalRepository.view(p);
        var t = team.proposals().tally(p.id(), voter);
        m.put("votes", new VotesJson(t.inFavour(), t.against(), t.mine()));
        return m;
    }

    private Map<String, Object> full(Proposal p, Viewer viewer) {
        var m = withTally(p, viewer.signedIn() ? viewer.name() : "");
        m.put("comments", team.proposals().comments(p.id()).stream().map(ProposalApi::comment).toList());
        return m;
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
