package io.mlopsradar.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
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
        routes.get("/api/v1/profiles", ctx -> Written.json(ctx, 200, new ProfilesJson(
                profiles.repository().all().stream().map(SummaryJson::of).toList())), Permission.SIGNED_IN);
        routes.get("/api/v1/profiles/{profile}", ctx -> {
            Saved saved = profiles.find(ctx.pathParam("profile"));
            var json = new ProfileJson(SummaryJson.of(saved), saved.profile(), AdviceChangesJson.of(profiles.changes(saved.name())));
            ctx.header("Cache-Control", "no-cache");
            Written.json(ctx, 200, json, Preconditions.etag(saved.version()));
        }, Permission.SIGNED_IN);
        routes.put("/api/v1/profiles/{profile}", this::put, Permission.SIGNED_IN);
        routes.post("/api/v1/profiles/{profile}/advice", ctx -> {
            Saved saved = profiles.find(ctx.pathParam("profile"));
            Object advice = profiles.advise(ctx, saved);
            Written.json(ctx, 200, new AdvisedJson(advice, AdviceChangesJson.of(profiles.changes(saved.name()))));
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
            Written.json(ctx, exists ? 200 : 201, SummaryJson.of(saved), Preconditions.etag(saved.version()));
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

    /** A saved profile's name and version, and who changed it last, when. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SummaryJson(String name, int version, String updatedBy, String updatedAt) {
        static SummaryJson of(Saved s) {
            return new SummaryJson(s.name(), s.version(), s.updatedBy(), s.updatedAt().toString());
        }
    }

    /** The saved profiles, by name. */
    record ProfilesJson(List<SummaryJson> profiles) {
    }

    /** A saved profile with its YAML text and what changed between its last two advice runs (null before the second). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ProfileJson(@JsonUnwrapped SummaryJson summary, String profile, AdviceChangesJson changesSincePreviousAdvice) {
    }

    /** The advice just run for a saved profile, and what changed since the run before (null on the first). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AdvisedJson(Object advice, AdviceChangesJson changesSinceLastAdvice) {
    }

    static String href(String name) {
        return "/profiles/" + Urls.encode(name);
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
