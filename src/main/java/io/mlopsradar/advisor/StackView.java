package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Tool;
import java.util.List;
import java.util.Set;

/** The organisation's stack as catalogue tools, with the questions the advisor asks of it. */
final class StackView {
    /** Tags that mark a cloud vendor's specialised service (serverless compute, warehouses, managed big data). */
    static final Set<String> SPECIALISED_TAGS = Set.of("serverless", "data-warehouse", "big-data");

    private final Profile profile;
    private final List<Tool> tools;

    StackView(Profile profile, Catalog catalog) {
        this.profile = profile;
        this.tools = profile.stack().stream().map(catalog::get).toList();
    }

    List<Tool> tools() {
        return tools;
    }

    Profile profile() {
        return profile;
    }

    boolean contains(Tool tool) {
        return profile.stack().contains(tool.id());
    }

    /** Stack tools that cover a lifecycle stage, in stack order. */
    List<Tool> covering(String stage) {
        return tools.stream().filter(t -> t.stages().contains(stage)).toList();
    }

    /** True when the stack runs Kubernetes: the tool itself or any tool tagged for it. */
    boolean runsKubernetes() {
        return tools.stream().anyMatch(t -> t.id().equals("kubernetes") || t.tags().contains("kubernetes"));
    }

    /** Names of stack tools that are a cloud vendor's specialised services, such as BigQuery, Fargate or Cloud Run. */
    List<String> specialisedServices() {
        return tools.stream().filter(StackView::isSpecialisedCloudService).map(Tool::name).toList();
    }

    static boolean isSpecialisedCloudService(Tool tool) {
        return tool.delivery() == Delivery.CLOUD_SERVICE && !tool.clouds().isEmpty()
                && tool.tags().stream().anyMatch(SPECIALISED_TAGS::contains);
    }

    /** A general cloud provider the organisation already subscribes to: part of its stack even if not listed. */
    boolean isSubscribedProvider(Tool tool) {
        return tool.category().equals("general-cloud-providers") && !tool.clouds().isEmpty()
                && profile.clouds().containsAll(tool.clouds());
    }

    /** True when the tool belongs to clouds and the organisation subscribes to none of them. */
    boolean needsAnotherCloud(Tool tool) {
        return !tool.clouds().isEmpty() && tool.clouds().stream().noneMatch(profile.clouds()::contains);
    }
}
