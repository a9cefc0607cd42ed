package io.mlopsradar.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One MLOps tool in the catalogue, with the facts the ring policy and the advisor read. */
public record Tool(
        String id,
        String name,
        List<String> aliases,
        String homepage,
        String repository,
        String license,
        Delivery delivery,
        String steward,
        Integer firstRelease,
        String category,
        List<String> otherCategories,
        List<String> stages,
        Origin origin,
        Community community,
        Integer githubStars,
        Status status,
        String supersededBy,
        List<String> tags,
        List<String> clouds,
        String description,
        String statusNote,
        LocalDate statusSince,
        Map<String, Provenance> facts,
        CuratorOverride override) {

    public Tool {
        aliases = List.copyOf(aliases);
        otherCategories = List.copyOf(otherCategories);
        stages = List.copyOf(stages);
        tags = List.copyOf(tags);
        clouds = List.copyOf(clouds);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    /** Where and when a fact ({@link Fact}) was read, if the catalogue records it. */
    public Optional<Provenance> provenance(Fact fact) {
        return Optional.ofNullable(facts.get(fact.id()));
    }

    /** The same tool with a curator's decision (or none). */
    public Tool withOverride(CuratorOverride decision) {
        return new Tool(id, name, aliases, homepage, repository, license, delivery, steward, firstRelease, category,
                otherCategories, stages, origin, community, githubStars, status, supersededBy, tags, clouds, description,
                statusNote, statusSince, facts, decision);
    }

    /** The same tool with a newer star count and where it was read. */
    public Tool withStars(int stars, Provenance read) {
        var newer = new java.util.HashMap<>(facts);
        newer.put(Fact.GITHUB_STARS.id(), read);
        return new Tool(id, name, aliases, homepage, repository, license, delivery, steward, firstRelease, category,
                otherCategories, stages, origin, community, stars, status, supersededBy, tags, clouds, description,
                statusNote, statusSince, newer, override);
    }

    /** The status a tool had on a day: its current status from {@code statusSince} on, active before. */
    public Status statusOn(LocalDate day) {
        return statusSince != null && day.isBefore(statusSince) ? Status.ACTIVE : status;
    }

    /** Primary category first, then the others. */
    public List<String> categories() {
        var all = new ArrayList<String>();
        all.add(category);
        all.addAll(otherCategories);
        return all;
    }

    /** Licences that publish the source but do not meet the open-source definition, or say nothing. */
    static final java.util.Set<String> NOT_OPEN = java.util.Set.of("proprietary", "busl-1.1", "elastic-2.0",
            "sspl-1.0", "noassertion");

    /**
     * Open source when its licence is an open one: not {@code proprietary}, and not a source-available licence such
     * as the Business Source or Elastic licence, nor unknown.
     */
    public boolean isOpenSource() {
        return license != null && !NOT_OPEN.contains(license.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when an organisation can run it on its own machines. */
    public boolean isSelfHostable() {
        return delivery == Delivery.OPEN_SOURCE || delivery == Delivery.LICENSED || (isOpenSource() && repository != null);
    }

    /** The names a person may use for this tool: id, name and aliases. */
    public List<String> names() {
        var all = new ArrayList<String>();
        all.add(id);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
