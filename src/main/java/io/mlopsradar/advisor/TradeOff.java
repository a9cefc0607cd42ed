package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Tool;

/** The one-sentence price of choosing a tool, the most binding consideration first. */
final class TradeOff {
    static final int YOUNG_YEARS = 3;
    static final int ALL_IN_ONE_STAGES = 5;

    private TradeOff() {
    }

    static String of(Tool tool, boolean allInOneQuadrant, int year) {
        int n = tool.stages().size();
        if (n >= ALL_IN_ONE_STAGES || (allInOneQuadrant && n > 2)) {
            return "All-in-one: it spans " + n + " lifecycle stages, so you follow its way of working and leaving it is costly.";
        }
        if (tool.category().equals("vendor-ai-platform")) {
            return "Vendor platform: it ties this step to " + String.join("/", tool.clouds()) + " and its services are renamed and retired often.";
        }
        if (tool.firstRelease() != null && year - tool.firstRelease() <= YOUNG_YEARS) {
            return "Young (first released " + tool.firstRelease() + "): expect API churn and breaking upgrades.";
        }
        if (tool.delivery() == Delivery.SAAS && !tool.isSelfHostable()) {
            return "SaaS: your data and metadata leave your network, and pricing is the vendor's to change.";
        }
        if (tool.delivery() == Delivery.CLOUD_SERVICE) {
            return "Managed cloud service: little to operate, but usage is billed and the step is tied to its provider.";
        }
        if (tool.tags().contains("kubernetes")) {
            return "Self-hosted on Kubernetes: someone must install, upgrade and watch it on your cluster.";
        }
        if (!tool.isOpenSource()) {
            return "Proprietary licence: a cost to budget for and a vendor to depend on.";
        }
        return "Open source you run yourself: free to use, but upgrades and support are on you.";
    }
}
