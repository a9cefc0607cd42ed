package io.mlopsradar.advisor;

import io.mlopsradar.landscape.Position;
import java.util.List;

/**
 * Where the organisation stands: its stack on the landscape, which lifecycle stages each loop covers, and a
 * diagnosis in plain words. The stack's ids and positions are what a landscape picture highlights.
 */
public record CapabilityMap(List<StackTool> stack, List<LoopCoverage> loops, List<String> uncovered,
                            List<String> diagnosis) {

    public CapabilityMap {
        stack = List.copyOf(stack);
        loops = List.copyOf(loops);
        uncovered = List.copyOf(uncovered);
        diagnosis = List.copyOf(diagnosis);
    }

    /** The stack's tool ids, for a picture that highlights them. */
    public List<String> stackIds() {
        return stack.stream().map(StackTool::id).toList();
    }

    /** One stack tool and its place on the landscape and the radar. */
    public record StackTool(String id, String name, String category, String quadrant, Position position, String ring,
                            List<String> stages) {

        public StackTool {
            stages = List.copyOf(stages);
        }

        /** Software side (x below 0.5) or model side of the landscape. */
        public boolean modelSide() {
            return position.x() >= 0.5;
        }
    }

    /** How much of one lifecycle loop the stack covers, stage by stage. */
    public record LoopCoverage(String loop, List<StageCoverage> stages) {

        public LoopCoverage {
            stages = List.copyOf(stages);
        }

        public long covered() {
            return stages.stream().filter(StageCoverage::covered).count();
        }

        public int total() {
            return stages.size();
        }

        /** Distinct names of the tools covering any stage of this loop, in stage order. */
        public List<String> toolNames() {
            return stages.stream().flatMap(s -> s.tools().stream()).distinct().toList();
        }
    }

    /** One lifecycle stage and the stack tools (names) that cover it. */
    public record StageCoverage(String stage, String name, List<String> tools) {

        public StageCoverage {
            tools = List.copyOf(tools);
        }

        public boolean covered() {
            return !tools.isEmpty();
        }
    }
}
