package io.mlopsradar.web;


import io.mlopsradar.text.Urls;
import io.mlopsradar.editions.UnknownRadarException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.proposals.Draft;
import io.mlopsradar.proposals.NewProposal;
import io.mlopsradar.proposals.Proposal;
import io.mlopsradar.text.Markdown;
import io.mlopsradar.web.ProposalViews.CommentView;
import io.mlopsradar.web.ProposalViews.Line;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

/** The proposal pages: a radar's proposals, proposing, discussing, voting, deciding, and its draft edition. */
final class ProposalPages {
    private final ServedData site;
    private final Team team;

    ProposalPages(ServedData site, Team team) {
        this.site = site;
        this.team = team;
    }

    void register(RoutesConfig routes) {
        String base = "/radars/{name}/proposals";
        routes.get(base, this::list, Permission.READ);
        routes.get(base + "/new", ctx -> newForm(ctx, null, 200), Permission.PROPOSE);
        routes.post(base, this::propose, Permission.PROPOSE);
        routes.get(base + "/{id}", this::show, Permission.READ);
        routes.post(base + "/{id}/comments", ctx -> {
            Proposal p = proposal(ctx);
            Input.checked("body", () -> team.proposals().comment(Viewer.actor(ctx), p.id(), Input.of(ctx).required("body")));
            back(ctx, p);
        }, Permission.PROPOSE);
        routes.post(base + "/{id}/votes", ctx -> {
            Proposal p = proposal(ctx);
            Input.checked("vote", () -> team.proposals().vote(Viewer.actor(ctx), p.id(), Input.of(ctx).integer("vote")));
            back(ctx, p);
        }, Permission.PROPOSE);
        routes.post(base + "/{id}/decision", ctx -> {
            Proposal p = proposal(ctx);
            Input in = Input.of(ctx);
            Proposal decided = team.proposals().decide(Viewer.actor(ctx), p.id(), accept(in), in.get("note"),
                    Preconditions.expectedVersion(ctx, in));
            team.announce("proposal." + decided.status().id(), decided);
            back(ctx, p);
        }, Permission.CURATE);
        routes.get("/radars/{name}/draft", this::draft, Permission.READ);
        routes.post("/radars/{name}/draft/publish", ctx -> {
            History h = history(ctx);
            Input in = Input.of(ctx);
            LocalDate date = EditionRoutes.edition(h, in.required("date"));
            team.drafts().publish(Viewer.actor(ctx), h.radar().name(), date, Preconditions.expectedVersion(ctx, in));
            team.announcePublished(h.radar().name(), date);
            ctx.redirect("/radars/" + Urls.encode(h.radar().name()), HttpStatus.SEE_OTHER);
        }, Permission.CURATE);
    }

    static boolean accept(Input in) {
        String d = in.required("decision");
        if (d.equalsIgnoreCase("accept")) return true;
        if (d.equalsIgnoreCase("reject")) return false;
        throw new BadRequest("decision", "a decision is 'accept' or 'reject', not '" + d + "'");
    }

    private void list(Context ctx) {
        History h = history(ctx);
        var all = team.proposals().of(h.radar().name(), null).stream().map(p -> line(h, p)).toList();
        Templates.render(ctx, "proposals.jte", Map.of("page", new ProposalViews.ListPage(h.radar().name(), h.radar().title(),
                all.stream().filter(l -> l.status().equals("open")).toList(), all.stream().filter(l -> !l.status().equals("open")).toList(),
                Viewer.of(ctx).may(h.radar().name(), Role.CONTRIBUTOR), Viewer.of(ctx).may(h.radar().name(), Role.CURATOR), user(ctx))));
    }

    private Line line(History h, Proposal p) {
        var t = team.proposals().tally(p.id(), "");
        return new Line(p.id(), p.summary(), p.author(), p.status().id(), t.inFavour(), t.against(), href(h.radar().name(), p.id()));
    }

    private void newForm(Context ctx, String error, int status) {
        History h = history(ctx);
        Edition draft = Draft.next(h, site.today());
        Templates.render(ctx, "proposal-new.jte", Map.of("page", new ProposalViews.NewPage(h.radar().name(), h.radar().title(),
                h.radar().rings(), h.radar().segments(), draft.blips().stream().map(Blip::name).sorted().toList(),
                value(ctx.queryParam("tool")), value(ctx.queryParam("kind")), error == null ? "" : error,
                Csrf.token(ctx, team.config().secureCookies()), user(ctx))));
        ctx.status(status);
    }

    private void propose(Context ctx) {
        History h = history(ctx);
        NewProposal p;
        try {
            p = ProposalForms.checked(ProposalForms.read(site, h, Input.of(ctx)), h, site.today());
        } catch (BadRequest e) {
            newForm(ctx, e.getMessage(), 400);
            return;
        }
        Proposal stored = Input.checked("proposal", () -> team.proposals().create(Viewer.actor(ctx), h.radar().name(), p));
        team.announce("proposal.created", stored);
        back(ctx, stored);
    }

    private void show(Context ctx) {
        Proposal p = proposal(ctx);
        History h = history(ctx);
        String current = Draft.next(h, site.today()).blip(p.blipKey()).map(Blip::ring).orElse(null);
        var comments = team.proposals().comments(p.id()).stream()
                .map(c -> new CommentView(c.author(), c.createdAt().toLocalDate().toString(), Markdown.toSafeHtml(c.body()))).toList();
        Viewer v = Viewer.of(ctx);
        Templates.render(ctx, "proposal.jte", Map.of("page", new ProposalViews.Page(h.radar().name(), h.radar().title(), p,
                Markdown.toSafeHtml(p.rationale()), p.decisionNote() == null ? "" : Markdown.toSafeHtml(p.decisionNote()), current,
                ToolFacts.of(site, p.blipKey()), comments, team.proposals().tally(p.id(), v.signedIn() ? v.name() : ""),
                p.isOpen() && v.may(h.radar().name(), Role.CONTRIBUTOR), p.isOpen() && v.may(h.radar().name(), Role.CURATOR),
                Csrf.token(ctx, team.config().secureCookies()), user(ctx))));
    }

    private void draft(Context ctx) {
        History h = history(ctx);
        Edition draft = Draft.existing(h).orElseThrow(() -> new NoSuchElementException("radar '" + h.radar().name()
                + "' has no draft edition; accepting a proposal starts one"));
        LocalDate published = h.latestPublished().map(Edition::date).orElse(draft.date());
        int version = team.drafts().version(h.radar().name(), draft.date()).orElseThrow();
        Templates.render(ctx, "draft.jte", Map.of("page", new ProposalViews.DraftPage(h.radar().name(), h.radar().title(),
                draft.date().toString(), version, published.toString(), RadarPages.compare(h, published, draft.date()),
                "/api/v1/radars/" + Urls.encode(h.radar().name()) + "/editions/" + draft.date() + "/radar.svg",
                Viewer.of(ctx).may(h.radar().name(), Role.CURATOR), Csrf.token(ctx, team.config().secureCookies()), user(ctx))));
    }

    /** The proposal named in the path, which must belong to the radar in the path (roles are per radar). */
    private Proposal proposal(Context ctx) {
        return proposal(team, ctx);
    }

    static Proposal proposal(Team team, Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequest("id", "'" + ctx.pathParam("id") + "' is not a proposal id");
        }
        return team.proposals().find(id).filter(p -> p.radar().equalsIgnoreCase(ctx.pathParam("name")))
                .orElseThrow(() -> new NoSuchElementException("radar '" + ctx.pathParam("name") + "' has no proposal " + id));
    }

    private History history(Context ctx) {
        return history(site, ctx);
    }

    static History history(ServedData site, Context ctx) {
        String name = ctx.pathParam("name");
        return site.radars().history(name).orElseThrow(() -> new UnknownRadarException(name, site.radars().all()));
    }

    private static void back(Context ctx, Proposal p) {
        ctx.redirect(href(p.radar(), p.id()), HttpStatus.SEE_OTHER);
    }

    static String href(String radar, long id) {
        return "/radars/" + Urls.encode(radar) + "/proposals/" + id;
    }

    static String user(Context ctx) {
        return Viewer.of(ctx).name();
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
