package io.mlopsradar.formats.landscape;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The facts a landscape file does not hold, filled in with explicit, documented defaults. */
final class ToolDefaults {
    /** The licence used when the file names none: SPDX's "we do not know". */
    static final String UNKNOWN_LICENSE = "NOASSERTION";

    /** One typical lifecycle stage per category, for tools imported without stages. */
    static final Map<String, String> STAGE = Map.ofEntries(
            Map.entry("general-cloud-providers", "operate-serve"),
            Map.entry("vendor-ai-platform", "train-tune"),
            Map.entry("big-data-iaas", "data-collect-version"),
            Map.entry("ml-focused-iaas", "train-tune"),
            Map.entry("high-coverage-saas", "track-evaluate"),
            Map.entry("ml-project-frameworks", "train-tune"),
            Map.entry("ml-task-orchestrators", "train-tune"),
            Map.entry("no-code-ml-platforms", "train-tune"),
            Map.entry("custom-ml-platforms", "train-tune"),
            Map.entry("experimentation-platforms", "track-evaluate"),
            Map.entry("data-version-control", "data-collect-version"),
            Map.entry("single-component-ml-tools", "train-tune"),
            Map.entry("data-orchestrators", "data-collect-version"),
            Map.entry("ci-cd-pipelines", "test-ci"),
            Map.entry("common-swe-stack", "build-package"));

    /** One typical primary capability per category, for tools imported without one. */
    static final Map<String, String> CAPABILITY = Map.ofEntries(
            Map.entry("general-cloud-providers", "cloud-infrastructure"),
            Map.entry("vendor-ai-platform", "managed-ml-platform"),
            Map.entry("big-data-iaas", "data-processing"),
            Map.entry("ml-focused-iaas", "gpu-compute"),
            Map.entry("high-coverage-saas", "managed-ml-platform"),
            Map.entry("ml-project-frameworks", "ml-pipelines"),
            Map.entry("ml-task-orchestrators", "ml-pipelines"),
            Map.entry("no-code-ml-platforms", "no-code-ml"),
            Map.entry("custom-ml-platforms", "managed-ml-platform"),
            Map.entry("experimentation-platforms", "experiment-tracking"),
            Map.entry("data-version-control", "data-versioning"),
            Map.entry("single-component-ml-tools", "model-testing"),
            Map.entry("data-orchestrators", "workflow-orchestration"),
            Map.entry("ci-cd-pipelines", "ci-cd"),
            Map.entry("common-swe-stack", "containers"));

    private static final Map<String, String> LICENSES = Map.ofEntries(
            Map.entry("apache 2.0", "Apache-2.0"), Map.entry("apache-2.0", "Apache-2.0"),
            Map.entry("apache license 2.0", "Apache-2.0"), Map.entry("apache license, version 2.0", "Apache-2.0"),
            Map.entry("mit", "MIT"), Map.entry("mit license", "MIT"),
            Map.entry("bsd 3-clause", "BSD-3-Clause"), Map.entry("bsd-3-clause", "BSD-3-Clause"),
            Map.entry("bsd 2-clause", "BSD-2-Clause"), Map.entry("gpl 3.0", "GPL-3.0"), Map.entry("gpl-3.0", "GPL-3.0"),
            Map.entry("lgpl 2.1", "LGPL-2.1"), Map.entry("mpl 2.0", "MPL-2.0"), Map.entry("epl 2.0", "EPL-2.0"));

    private ToolDefaults() {
    }

    static List<String> stages(String category) {
        return List.of(STAGE.getOrDefault(category, "train-tune"));
    }

    static String capability(String category) {
        return CAPABILITY.getOrDefault(category, "ml-pipelines");
    }

    /** An SPDX id for the file's licence text, or NOASSERTION when it names none we can read as one. */
    static String license(String text) {
        if (text == null || text.isBlank()) return UNKNOWN_LICENSE;
        String known = LICENSES.get(text.strip().toLowerCase(Locale.ROOT));
        if (known != null) return known;
        return text.strip().matches("[A-Za-z0-9.+-]+") ? text.strip() : UNKNOWN_LICENSE;
    }

    /** Who looks after the tool: the GitHub owner of its repository, else the host of its homepage. */
    static String steward(String repo, String homepage) {
        if (repo != null && repo.matches("https?://github\\.com/[^/]+.*")) return repo.split("/")[3];
        try {
            String host = URI.create(homepage).getHost();
            return host == null ? "unknown" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return "unknown";
        }
    }
}
