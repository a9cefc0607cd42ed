package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Relation;
import io.mlopsradar.catalog.RelationType;
import io.mlopsradar.catalog.Relations;
import io.mlopsradar.catalog.Tool;
import java.util.List;
import java.util.Set;

/** The organisation's stack as catalogue tools, with the questions the advisor asks of it. */
final class StackView {
    /** Tags that mark a cloud vendor's specialised service (serverless compute, warehouses, managed big data). */
    static final Set<String> SPECIALISED_TAGS = Set.of("serverless", "data-warehouse", "big-data");

    private final Profile profile;
    private final List<Tool> tools;
    private final Relations relations;
    private final Catalog catalog;
    private final Vitality vitality;

    StackView(Profile profile, Catalog catalog, Relations relations, java.time.LocalDate day) {
        this.profile = profile;
        this.catalog = catalog;
        this.vitality = new Vitality(catalog.signals(), day);
        this.tools = profile.stack().stream().map(catalog::get).toList();
        this.relations = relations;
    }

    Vitality vitality() {
        return vitality;
    }

    /** The catalogue name of a tool id, or the id when the catalogue does not hold it. */
    String nameOf(String id) {
        return catalog.find(id).map(Tool::name).orElse(id);
    }

    List<Tool> tools() {
        return tools;
    }

    Profile profile() {
        return profile;
    }

    Relations relations() {
        return relations;
    }

    boolean contains(Tool tool) {
        return profile.stack().contains(tool.id());
    }

    /** Stack tools that cover a lifecycle stage, in stack order. */
    List<Tool> covering(String stage) {
        return tools.stream().filter(t -> t.stages().contains(stage)).toList();
    }

    /** Stack tools that cover one of the need's core capabilities, in stack order. */
    List<Tool> covering(Need need) {
        return tools.stream().filter(t -> need.core().stream().anyMatch(t::covers)).toList();
    }

    /** True when the stack runs Kubernetes: the orchestrator itself, or a tool that only runs on it. */
    boolean runsKubernetes() {
        return tools.stream().anyMatch(t -> t.id().equals("kubernetes") || t.requires("kubernetes") || t.tags().contains("kubernetes"));
    }

    /** True when the stack runs Spark: Spark itself, or a processing service that works with it. */
    boolean runsSpark() {
        return tools.stream().anyMatch(t -> t.id().equals("apache-spark") || (t.covers("data-processing")
                && relations.related(t.id(), RelationType.WORKS_WITH, "apache-spark")));
    }

    /** True when the stack holds a tool built for language-model applications. */
    boolean buildsOnLlms() {
        return tools.stream().anyMatch(t -> Need.llm(t.capability()) || t.capability().equals("vector-search"));
    }

    /** Stack tools the candidate has a documented works-with relation with, in stack order. */
    List<Tool> worksWith(Tool candidate) {
        return tools.stream().filter(t -> relations.related(candidate.id(), RelationType.WORKS_WITH, t.id())).toList();
    }

    /** The stack tool the candidate is a part of, or that is part of the same whole, if any. */
    java.util.Optional<Tool> sameProduct(Tool candidate) {
        String whole = whole(candidate.id());
        return tools.stream().filter(t -> t.id().equals(whole) || (!whole.equals(candidate.id()) && whole.equals(whole(t.id()))))
                .findFirst();
    }

    /** The product a tool is a direct part of, or the tool itself; the clouds themselves are not counted as products. */
    String whole(String toolId) {
        return relations.of(toolId).stream().filter(r -> r.type() == RelationType.PART_OF && r.from().equals(toolId))
                .map(Relation::to).filter(w -> !GENERAL_CLOUDS.contains(w)).findFirst().orElse(toolId);
    }

    static final Set<String> GENERAL_CLOUDS = Set.of("aws", "gcp", "azure", "ibm-cloud", "oracle-cloud", "alibaba-cloud", "digitalocean");

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
        return StackView.needsAnotherCloud(tool, profile);
    }

    static boolean needsAnotherCloud(Tool tool, Profile profile) {
        return !tool.clouds().isEmpty() && tool.clouds().stream().noneMatch(profile.clouds()::contains);
    }
}
