package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.TriangleCensus;
import org.counterweight.core.network.SignRules;
import org.counterweight.core.network.EventTieRule;
import org.counterweight.core.network.TieRules;
import org.counterweight.report.Report;

/** The tables of a {@link BalanceResult}: ties with evidence (one year), summary, unbalanced triads, triads over time. */
public final class BalanceTables {
    private BalanceTables() {
    }

    public static List<Report.Table> of(BalanceResult result) {
        List<Report.Table> tables = new ArrayList<>();
        result.ties().ifPresent(t -> tables.add(ties(t, result.coverage().getOrDefault(String.valueOf(t.year()),
                List.of()))));
        tables.add(summary(result));
        tables.add(unbalancedTriads(result));
        if (!result.triadsOverTime().isEmpty()) {
            tables.add(triadsOverTime(result));
        }
        return tables;
    }

    /** The ties of one year with the evidence behind each, what it overruled, and what the year's datasets cover. */
    public static Report.Table ties(BalanceResult.YearTies yearTies, List<String> coverage) {
        Report.Table.Builder table = Report.Table.builder("balance-ties", "Ties and the evidence behind them",
                "network", "a", "b", "sign", "weight", "basis", "evidence", "overruled");
        for (SignRules.Tie tie : yearTies.resolved().ties()) {
            table.row(String.valueOf(yearTies.year()), tie.a(), tie.b(), sign(tie.sign().value()), tie.weight(),
                    tie.basis().label(), String.join("; ", tie.reasons()), String.join("; ", tie.overruled()));
        }
        yearTies.resolved().cancelled().forEach(c -> table.note("cancelled (no tie): " + c));
        coverage.forEach(c -> table.note(c + "."));
        return table.note(TieRules.SUMMARY).note(EventTieRule.SUMMARY).build(null);
    }

    public static Report.Table summary(BalanceResult result) {
        Report.Table.Builder table = Report.Table.builder("balance-summary", "Balance", "network", "nodes", "ties",
                "carried_ties", "negative_ties", "triangles", "balanced_triangles", "unbalanced_triangles",
                "frustration_index", "status", "lower_bound", "balance_score", "walk_balance", "bloc_a", "bloc_b",
                "frustrated_ties");
        for (BalanceResult.NetworkBalance n : result.networks()) {
            FrustrationIndex.Result f = n.frustration();
            table.row(n.name(), n.network().nodeCount(), n.network().edgeCount(), n.carriedTies(),
                    n.network().edgeCount() - n.network().positiveEdgeCount(), n.census().triangles(),
                    n.census().balanced(), n.census().unbalanced(), f.frustration(),
                    status(f), f.lowerBound(), f.balanceScore(), n.walk().ratio(),
                    String.join(" ", f.blocA()), String.join(" ", f.blocB()),
                    f.frustratedTies().stream().map(Object::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        table.note("frustration_index: the least number of ties (weight, with weights) whose removal balances"
                + " the network (Aref, Mason & Wilson 2018; exact: block decomposition and branch-and-bound);"
                + " balance_score = 1 - L/(m/2) (Aref & Wilson 2019); walk_balance: Estrada & Benzi (2014), 1 when"
                + " balanced. carried_ties: ties resting on dataset evidence carried past the dataset's end.");
        if (result.networks().stream().anyMatch(n -> !n.frustration().isOptimal())) {
            table.note("status 'not proven optimal within budget': the exact search stopped after "
                    + BalanceService.SEARCH_BUDGET.toSeconds() + " s; frustration_index is the best partition found"
                    + " (an upper bound) and lower_bound a proven lower bound.");
        }
        coverageNotes(result).forEach(table::note);
        return table.build(null);
    }

    /** "optimal", or what a stopped search proved. */
    static String status(FrustrationIndex.Result result) {
        return result.isOptimal() ? "optimal" : "not proven optimal within budget";
    }

    /** Where the datasets behind the ties end, once per distinct statement, with the years it holds for. */
    static List<String> coverageNotes(BalanceResult result) {
        Map<String, List<String>> years = new LinkedHashMap<>();
        result.coverage().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue()
                .forEach(note -> years.computeIfAbsent(note, n -> new ArrayList<>()).add(e.getKey())));
        List<String> notes = new ArrayList<>();
        years.forEach((note, in) -> notes.add(note + " (" + (in.size() == 1 ? in.get(0) : in.get(0) + "-"
                + in.get(in.size() - 1)) + ")."));
        return notes;
    }

    public static Report.Table unbalancedTriads(BalanceResult result) {
        Report.Table.Builder table = Report.Table.builder("unbalanced-triads", "Unbalanced triads", "network", "triad",
                "signs");
        for (BalanceResult.NetworkBalance n : result.networks()) {
            for (TriangleCensus.Triad triad : n.census().unbalancedTriads()) {
                table.row(n.name(), triad.name(), sign(triad.signAB()) + sign(triad.signAC()) + sign(triad.signBC()));
            }
        }
        return table.build(null);
    }

    public static Report.Table triadsOverTime(BalanceResult result) {
        List<String> keys = result.networks().stream().map(BalanceResult.NetworkBalance::name).toList();
        List<String> columns = new ArrayList<>(List.of("triad"));
        columns.addAll(keys);
        Report.Table.Builder table = Report.Table.builder("triads-over-time", "Balance of each triad over time"
                + " (B balanced, U unbalanced, empty: not a closed triad that year)", columns.toArray(String[]::new));
        new java.util.TreeMap<>(result.triadsOverTime()).forEach((triad, byYear) -> {
            Object[] row = new Object[columns.size()];
            row[0] = triad;
            int c = 1;
            for (String key : keys) {
                Boolean balanced = byYear.get(key);
                row[c++] = balanced == null ? null : balanced ? "B" : "U";
            }
            table.row(row);
        });
        return table.build(null);
    }

    private static String sign(int sign) {
        return sign > 0 ? "+" : "-";
    }
}
