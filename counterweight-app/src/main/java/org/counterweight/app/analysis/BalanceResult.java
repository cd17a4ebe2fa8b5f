package org.counterweight.app.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.balance.TriangleCensus;
import org.counterweight.core.balance.WalkBalance;
import org.counterweight.core.network.SignRules;

/**
 * The balance of one or more signed networks.
 *
 * @param networks       each network with its measures, in order (years, or the groups of a file)
 * @param ties           for one year of the case, its ties with the evidence behind them
 * @param triadsOverTime for several years of the case: every closed triad, balanced (true) or not in
 *                       each network it closes in, by triad name ("IND-PAK-USA")
 * @param coverage       for the case's years: what the datasets behind the ties do not observe, in words,
 *                       by year (absent for years every dataset covers)
 */
public record BalanceResult(List<NetworkBalance> networks, Optional<YearTies> ties,
        Map<String, Map<String, Boolean>> triadsOverTime, Map<String, List<String>> coverage) {
    public BalanceResult {
        networks = List.copyOf(networks);
        triadsOverTime = Map.copyOf(triadsOverTime);
        coverage = Map.copyOf(coverage);
    }

    /**
     * One network and its balance.
     *
     * @param name        the year or group
     * @param frustration the exact frustration index (weighted when asked), with an optimal partition
     * @param walk        walk-based balance (Estrada &amp; Benzi 2014)
     * @param carriedTies how many of its ties rest on dataset evidence carried past the dataset's end (0 for
     *                    users' files)
     */
    public record NetworkBalance(String name, SignedNetwork network, TriangleCensus census,
            FrustrationIndex.Result frustration, WalkBalance walk, int carriedTies) {
    }

    /** The ties of one year of the case, resolved from their evidence. */
    public record YearTies(int year, SignRules.Result resolved) {
    }

    /** The network of a name (year or group). */
    public NetworkBalance network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no network " + name));
    }
}
