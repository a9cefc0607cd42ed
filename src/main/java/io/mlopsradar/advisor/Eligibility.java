package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Tool;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Checks a tool against the organisation's constraints.
 *
 * <p>Regulated organisations: a SaaS-only tool (not self-hostable) is excluded, because using it sends data to a
 * third party; so is a cloud service of a provider the organisation does not subscribe to. Any organisation is
 * spared the services of clouds it does not use: they are not on its radar ("not your cloud"). Services of the
 * organisation's own clouds stay eligible (its data already lives there under its agreements), with a warning.
 */
final class Eligibility {
    private final Profile profile;

    Eligibility(Profile profile) {
        this.profile = profile;
    }

    /** The exclusion, when the tool breaks at least one constraint. */
    Optional<Exclusion> check(Tool tool) {
        var c = profile.constraints();
        var why = new ArrayList<String>();
        if (c.openSourceOnly() && !tool.isOpenSource()) {
            why.add("open_source_only: its licence is proprietary");
        }
        if (c.selfHostedOnly() && !tool.isSelfHostable()) {
            why.add("self_hosted_only: it is offered only as " + deliveryWords(tool) + ", not as software you can run yourself");
        }
        if (c.budget() == Profile.Budget.LOW && paidOnly(tool)) {
            why.add("budget low: paid-only, " + deliveryWords(tool) + " with no open-source edition");
        }
        if (StackView.needsAnotherCloud(tool, profile) && !profile.stack().contains(tool.id())) {
            why.add("not your cloud: a service of " + String.join("/", tool.clouds()) + ", and you run on "
                    + (profile.clouds().isEmpty() ? "none of the public clouds" : String.join("/", profile.clouds().stream().sorted().toList())));
        }
        if (c.regulated() && sendsDataAway(tool)) {
            why.add("regulated: as " + deliveryWords(tool) + " it sends your data to a third party ("
                    + tool.steward() + ")");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(new Exclusion(tool.id(), tool.name(), why));
    }

    /** A warning for an eligible tool that still deserves care under the constraints, if any. */
    Optional<String> warning(Tool tool) {
        if (profile.constraints().regulated() && !tool.isSelfHostable() && !sendsDataAway(tool)) {
            return Optional.of("regulated: a service of your own cloud; check where it stores data and who can see it");
        }
        return Optional.empty();
    }

    private static boolean paidOnly(Tool tool) {
        return !tool.isOpenSource() && (tool.delivery() == Delivery.SAAS || tool.delivery() == Delivery.CLOUD_SERVICE
                || tool.delivery() == Delivery.LICENSED);
    }

    private boolean sendsDataAway(Tool tool) {
        if (tool.isSelfHostable()) return false;
        if (tool.delivery() == Delivery.SAAS) return true;
        return tool.delivery() == Delivery.CLOUD_SERVICE
                && (tool.clouds().isEmpty() || tool.clouds().stream().noneMatch(profile.clouds()::contains));
    }

    static String deliveryWords(Tool tool) {
        return switch (tool.delivery()) {
            case SAAS -> "SaaS";
            case CLOUD_SERVICE -> "a cloud service";
            case INTERNAL -> "one company's internal platform";
            case OPEN_SOURCE -> "open-source software";
            case LICENSED -> "licensed software you run yourself";
        };
    }
}
