package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mlopsradar.text.Urls;
import io.mlopsradar.catalog.UnknownToolException;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import io.mlopsradar.store.ConcurrentEditException;
import io.mlopsradar.store.ProfileRepository.AdviceRun;
import io.mlopsradar.store.ProfileRepository.Saved;
import io.mlopsradar.web.ProfileViews.ListPage;
import io.mlopsradar.web.ProfileViews.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Organisation profiles saved on the site, for any signed-in person: pages to save and change them and to run the
 * advice again (showing what changed since the advice before), and the same under /api/v1/profiles.
 */
final class ProfileRoutes {
    private final Team team;
    private final SavedProfiles profiles;

    ProfileRoutes(ServedData site, Team team) {
        this.team = team;
        this.profiles = new SavedProfiles(site, team);
    }

    void register(RoutesConfig routes) {
        routes.get("/profiles", ctx -> list(ctx, "", "", List.of(), 200), Permission.SIGNED_IN);
        routes.post("/profiles", ctx -> {
            Input in = Input.of(ctx);
            String text = value(in.get("profile"));
            fromForm(() -> {
                Saved saved = profiles.save(ctx, in.get("name"), text, null);
                ctx.redirect(href(saved.name()), HttpStatus.SEE_OTHER);
            }, (why, status) -> list(ctx, value(in.get("name")), text, List.of(why), status));
        }, Permission.SIGNED_IN);
        routes.get("/profiles/{profile}", ctx -> page(ctx, profiles.find(ctx.pathParam("profile")), null, "", 200), Permission.SIGNED_IN);
        routes.post("/profiles/{profile}", ctx -> {
            Saved current = profiles.find(ctx.pathParam("profile"));
            Input in = Input.of(ctx);
            String text = value(in.get("profile"));
            fromForm(() -> {
                profiles.save(ctx, current.name(), text, Preconditions.expectedVersion(ctx, in));
                ctx.redirect(href(current.name()), HttpStatus.SEE_OTHER);
            }, (why, status) -> page(ctx, status == 409 ? profiles.find(current.name()) : current, status == 409 ? null : text,
                    status == 409 ? why + ". Here is the profile as saved now." : why, status));
        }, Permission.SIGNED_IN);
        routes.post("/profiles/{profile}/advice", ctx -> {
            Saved saved = profiles.find(ctx.pathParam("profile"));
            profiles.advise(ctx, saved);
            ctx.redirect(href(saved.name()) + "#changes", HttpStatus.SEE_OTHER);
        }, Permission.SIGNED_IN);
        routes.get("/api/v1/profiles", ctx -> Written.json(ctx, 200, Map.of("profiles",
                profiles.repository().all().stream().map(ProfileRoutes::summary).toList())), Permission.SIGNED_IN);
        routes.get("/api/v1/profiles/{profile}", ctx -> {
            Saved saved = profiles.find(ctx.pathParam("profile"));
            var m = summary(saved);
            m.put("profile", saved.profile());
            m.put("changes_since_previous_advice", SavedProfiles.json(profiles.changes(saved.name())));
            ctx.header("Cache-Control", "no-cache");
            Written.json(ctx, 200, m, Preconditions.etag(saved.version()));
        }, Permission.SIGNED_IN);
        routes.put("/api/v1/profiles/{profile}", this::put, Permission.SIGNED_IN);
        routes.post("/api/v1/profiles/{profile}/advice", ctx -> {
            Saved saved = profiles.find(ctx.pathParam("profile"));
            var m = new LinkedHashMap<String, Object>();
            m.put("advice", profiles.advise(ctx, saved));
            m.put("changes_since_last_advice", SavedProfiles.json(profiles.changes(saved.name())));
            Written.json(ctx, 200, m);
        }, Permission.SIGNED_IN);
    }

    /** Creates the profile (no If-Match, name free) or changes the version named in If-Match. */
    private void put(Context ctx) {
        String name = ctx.pathParam("profile");
        boolean exists = profiles.repository().find(name).isPresent();
        Integer expected = ctx.header("If-Match") == null ? null : Preconditions.expectedVersion(ctx, Input.of(ctx));
        if (exists && expected == null) throw new Preconditions.Missing("profile '" + name + "' exists: send its ETag in If-Match");
        if (!exists && expected != null) throw new java.util.NoSuchElementException("no saved profile '" + name + "'");
        AdvisorRoutes.answeringProfileRefusals(ctx, () -> {
            Saved saved = profiles.save(ctx, name, Upload.fromBody(ctx, Upload.PROFILE).text(), expected);
            Written.json(ctx, exists ? 200 : 201, summary(saved), Preconditions.etag(saved.version()));
        });
    }

    /** Runs a save made from a form; a refused one is shown again with why (400, or 409 when saved meanwhile). */
    private static void fromForm(Runnable save, BiConsumer<String, Integer> refused) {
        try {
            save.run();
        } catch (ConcurrentEditException e) {
            refused.accept(e.getMessage(), 409);
        } catch (InvalidInputException e) {
            refused.accept(String.join("; ", e.problems().stream().map(Problem::toString).toList()), 400);
        } catch (UnknownToolException | BadRequest e) {
            refused.accept(e.getMessage(), 400);
        } catch (Preconditions.Missing e) {
            refused.accept(e.getMessage(), 428);
        }
    }

    private void list(Context ctx, String name, String text, List<String> problems, int status) {
        Templates.render(ctx, "profiles.jte", Map.of("page", new ListPage(profiles.repository().all(), name, text, problems,
                Csrf.token(ctx, team.config().secureCookies()), ProposalPages.user(ctx))));
        ctx.status(status);
    }

    private void page(Context ctx, Saved saved, String text, String error, int status) {
        List<AdviceRun> runs = profiles.repository().recentAdvice(saved.name(), 1);
        Templates.render(ctx, "profile.jte", Map.of("page", new Page(saved, text == null ? saved.profile() : text,
                runs.isEmpty() ? null : runs.get(0), profiles.changes(saved.name()), error,
                Csrf.token(ctx, team.config().secureCookies()), ProposalPages.user(ctx))));
        ctx.status(status);
    }

    private static LinkedHashMap<String, Object> summary(Saved s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", s.name());
        m.put("version", s.version());
        m.put("updated_by", s.updatedBy());
        m.put("updated_at", s.updatedAt().toString());
        return m;
    }

    static String href(String name) {
        return "/profiles/" + Urls.encode(name);
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
