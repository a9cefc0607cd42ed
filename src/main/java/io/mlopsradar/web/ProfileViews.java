package io.mlopsradar.web;

import io.mlopsradar.advisor.AdviceChanges;
import io.mlopsradar.store.ProfileRepository.AdviceRun;
import io.mlopsradar.store.ProfileRepository.Saved;
import java.util.List;

/** The records the saved-profile pages read. */
public final class ProfileViews {
    private ProfileViews() {
    }

    /** The saved profiles, with the form to save a new one (refilled, with its problems, when refused). */
    public record ListPage(List<Saved> profiles, String name, String text, List<String> problems, String csrf, String user) {
    }

    /** One saved profile: its text in the form, its last advice run, and what changed between its last two runs. */
    public record Page(Saved profile, String text, AdviceRun lastAdvice, AdviceChanges changes, String error, String csrf,
                       String user) {
    }
}
