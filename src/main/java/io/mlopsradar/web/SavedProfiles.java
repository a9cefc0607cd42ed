package io.mlopsradar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import io.mlopsradar.advisor.AdviceChanges;
import io.mlopsradar.advisor.AdviceJson;
import io.mlopsradar.store.ProfileRepository;
import io.mlopsradar.store.ProfileRepository.AdviceRun;
import io.mlopsradar.store.ProfileRepository.Saved;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The writes and reads the profile pages and the profile API share: saving a profile (checked by the advisor's
 * reader first), running its advice and keeping it, and what changed between its last two runs.
 */
final class SavedProfiles {
    private final ServedData site;
    private final ProfileRepository profiles;

    SavedProfiles(ServedData site, Team team) {
        this.site = site;
        this.profiles = new ProfileRepository(site.database().jdbi(), team.clock());
    }

    ProfileRepository repository() {
        return profiles;
    }

    Saved find(String name) {
        return profiles.find(name).orElseThrow(() -> new NoSuchElementException("no saved profile '" + name + "'"));
    }

    /** Saves after reading the profile as the advisor would: a profile it cannot advise on is refused. */
    Saved save(Context ctx, String name, String text, Integer expectedVersion) {
        String checked = Input.checked("name", () -> ProfileRepository.checkName(name));
        AdvisorRoutes.advise(site, checked + ".yaml", text);
        return profiles.save(Viewer.actor(ctx), checked, text, expectedVersion);
    }

    /** Runs the advice for the saved profile, keeps it, and answers it as JSON. */
    AdviceJson advise(Context ctx, Saved saved) {
        AdviceJson advice = AdviceJson.of(AdvisorRoutes.advise(site, saved.name() + ".yaml", saved.profile()));
        profiles.recordAdvice(Viewer.actor(ctx), saved, Json.write(advice));
        return advice;
    }

    /** What changed between the profile's last two advice runs; null before the second run. */
    AdviceChanges changes(String name) {
        List<AdviceRun> runs = profiles.recentAdvice(name, 2);
        return runs.size() < 2 ? null : AdviceChanges.between(read(runs.get(1)), read(runs.get(0)));
    }

    private static Map<String, Object> read(AdviceRun run) {
        try {
            return Json.MAPPER.readValue(run.advice(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored advice " + run.id() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
