package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Tool;

import io.mlopsradar.landscape.Capability;
import io.mlopsradar.landscape.Framework;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing that hurts, as the advisor serves it: a lifecycle stage (served first by its core capabilities) or a
 * single capability. {@code capabilities} lists what may serve it, best first; {@code core} the ones that serve it
 * first. An organisation that builds on language models gets the stage's LLM capabilities counted as core.
 */
record Need(String id, String name, boolean stage, List<String> capabilities, List<String> core) {

    Need {
        capabilities = List.copyOf(capabilities);
        core = List.copyOf(core);
    }

    /**
     * The need behind a pain. For a stage, core capabilities the stack already covers step back when others are still
     * uncovered: a team with CI whose deployments hurt needs model serving more than another CI server.
     */
    static Need of(String painId, Framework framework, boolean buildsOnLlms, java.util.function.Predicate<String> covered) {
        if (!framework.hasCapability(painId)) {
            var stage = framework.stage(painId);
            var core = new ArrayList<String>();
            var all = framework.capabilitiesOf(painId).stream().map(Capability::id).toList();
            if (buildsOnLlms) all.stream().filter(Need::llm).forEach(core::add);
            core.addAll(stage.core());
            if (core.stream().anyMatch(c -> !covered.test(c))) core.removeIf(covered);
            var ordered = new ArrayList<>(core);
            all.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
            return new Need(stage.id(), stage.name(), true, ordered, core);
        }
        Capability c = framework.capability(painId);
        return new Need(c.id(), c.name(), false, List.of(c.id()), List.of(c.id()));
    }

    static boolean llm(String capability) {
        return capability.startsWith("llm-") || capability.equals("guardrails");
    }

    /** The first capability of this need the tool covers, its primary one preferred among equals; null if none. */
    String servedBy(Tool tool) {
        if (capabilities.contains(tool.capability()) && core.contains(tool.capability())) return tool.capability();
        for (String c : capabilities) if (tool.covers(c)) return c;
        return null;
    }

    /** A capability or stage name inside a sentence: lower case, except names that start with an acronym (ML, CI/CD, LLM). */
    static String lower(String name) {
        return name.length() > 1 && Character.isUpperCase(name.charAt(1)) ? name : name.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isCore(String capability) {
        return core.contains(capability);
    }
}
