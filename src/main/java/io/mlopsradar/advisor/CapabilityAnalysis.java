package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Loop;
import io.mlopsradar.landscape.Stage;
import io.mlopsradar.rings.AssessedTool;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plots the organisation's stack on the landscape and measures what each lifecycle loop covers. */
final class CapabilityAnalysis {
    private final Framework framework;
    private final StackView stack;
    private final Map<String, AssessedTool> radar;

    CapabilityAnalysis(Framework framework, StackView stack, List<AssessedTool> radar) {
        this.framework = framework;
        this.stack = stack;
        this.radar = radar.stream().collect(Collectors.toMap(a -> a.tool().id(), Function.identity()));
    }

    CapabilityMap map(List<Exclusion> excluded) {
        List<CapabilityMap.StackTool> tools = stack.tools().stream().map(this::stackTool).toList();
        List<CapabilityMap.LoopCoverage> loops = List.of(coverage(Loop.SOFTWARE), coverage(Loop.MODEL));
        List<String> uncovered = loops.stream().flatMap(l -> l.stages().stream())
                .filter(s -> !s.covered()).map(CapabilityMap.StageCoverage::stage).toList();
        var partial = new CapabilityMap(tools, loops, uncovered, List.of());
        var diagnosis = new Diagnosis(framework, stack, partial, excluded).findings();
        return new CapabilityMap(tools, loops, uncovered, diagnosis);
    }

    private CapabilityMap.StackTool stackTool(Tool tool) {
        var a = radar.get(tool.id()).assessment();
        return new CapabilityMap.StackTool(tool.id(), tool.name(), tool.category(), a.quadrant(), a.position(), a.ring(),
                tool.stages());
    }

    private CapabilityMap.LoopCoverage coverage(Loop loop) {
        List<CapabilityMap.StageCoverage> stages = framework.stages().stream().filter(s -> s.loop() == loop)
                .map(this::stageCoverage).toList();
        return new CapabilityMap.LoopCoverage(loop.name().toLowerCase(), stages);
    }

    private CapabilityMap.StageCoverage stageCoverage(Stage stage) {
        return new CapabilityMap.StageCoverage(stage.id(), stage.name(),
                stack.covering(stage.id()).stream().map(Tool::name).toList());
    }
}
