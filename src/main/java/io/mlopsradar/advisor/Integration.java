package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Interlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the links between a candidate tool and the organisation's stack: same cloud, runs on its Kubernetes,
 * same vendor as a paid stack tool, or the missing side of a hand-off between the two lifecycle loops.
 */
final class Integration {
    private final Framework framework;
    private final StackView stack;

    Integration(Framework framework, StackView stack) {
        this.framework = framework;
        this.stack = stack;
    }

    /** Links of a tool considered for one stage; a loop hand-off counts only when that stage is part of it. */
    List<String> links(Tool tool, String stage) {
        var links = new ArrayList<String>();
        var clouds = tool.clouds().stream().filter(stack.profile().clouds()::contains).toList();
        if (!clouds.isEmpty()) links.add("integrates with your " + String.join("/", clouds) + " account: same cloud, same identity and billing");
        if (stack.runsKubernetes() && tool.tags().contains("kubernetes")) links.add("runs on the Kubernetes cluster you already operate");
        if (clouds.isEmpty() && !tool.isOpenSource()) {
            stack.tools().stream().filter(t -> t.steward().equals(tool.steward())).findFirst()
                    .ifPresent(t -> links.add("same steward as " + t.name() + " (" + t.steward() + "): one vendor relationship"));
        }
        for (Interlock i : framework.interlocks()) {
            if (i.from().equals(stage) || i.to().equals(stage)) handOff(tool, i).ifPresent(links::add);
        }
        return links.stream().distinct().toList();
    }

    private Optional<String> handOff(Tool tool, Interlock i) {
        var to = stack.covering(i.to());
        var from = stack.covering(i.from());
        if (tool.stages().contains(i.from()) && from.isEmpty() && !to.isEmpty()) {
            return Optional.of("closes the broken hand-off to " + to.get(0).name() + " where the loops meet ("
                    + framework.stage(i.from()).name() + " → " + framework.stage(i.to()).name() + ")");
        }
        if (tool.stages().contains(i.to()) && to.isEmpty() && !from.isEmpty()) {
            return Optional.of("closes the broken hand-off from " + from.get(0).name() + " where the loops meet ("
                    + framework.stage(i.from()).name() + " → " + framework.stage(i.to()).name() + ")");
        }
        return Optional.empty();
    }
}
