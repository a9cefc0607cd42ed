package io.mlopsradar.drawing;

/** Prints the blip layout benchmark as a Markdown table for docs/performance.md; run by hand. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) {
        LayoutBenchmark.run(400, 1);
        System.out.println(LayoutBenchmark.Result.tableHeader());
        for (int n : new int[] {100, 400, 2_000, 5_000}) {
            LayoutBenchmark.Result r = LayoutBenchmark.run(n, 20261126L);
            System.out.println(r.toTable());
            System.err.println(r.toJson());
        }
    }
}
