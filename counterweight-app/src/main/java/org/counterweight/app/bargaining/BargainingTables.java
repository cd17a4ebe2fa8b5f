package org.counterweight.app.bargaining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.counterweight.app.Rounding;
import org.counterweight.core.bargaining.Offer;
import org.counterweight.core.bargaining.Round;
import org.counterweight.core.bargaining.Switch;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.report.Report;

/**
 * The tables of a {@link BargainingResult}: the rounds (round, median, mean, each actor's position, the
 * offers accepted), the inputs with their bases, and with a forecast the median's bands per round and the
 * inputs' sensitivity.
 */
public final class BargainingTables {
    /** The model's documentation, named in every table's notes. */
    public static final String MODEL = "Model: Bueno de Mesquita's expected-utility model as Scholz, Calbert & Smith (2011)"
            + " reconstruct it; docs/models/bargaining.md.";

    private BargainingTables() {
    }

    public static List<Report.Table> of(BargainingResult result) {
        List<Report.Table> tables = new ArrayList<>(List.of(rounds(result), inputs(result)));
        if (result.forecast() != null) {
            tables.add(forecast(result));
            tables.add(sensitivity(result));
        }
        return tables;
    }

    /** One row per round: round, median, mean, every actor's position, the offers accepted. */
    public static Report.Table rounds(BargainingResult result) {
        List<String> columns = new ArrayList<>(List.of("round", "median", "mean"));
        columns.addAll(result.names());
        columns.add("offers");
        Report.Table.Builder table = Report.Table.builder("bargaining-rounds", result.issue().title() + ": "
                + result.variant().name() + ", " + (result.rounds().size() - 1) + (result.rounds().size() == 2 ? " round"
                : " rounds"),
                columns.toArray(String[]::new));
        for (Round round : result.rounds()) {
            List<Object> row = new ArrayList<>(List.of(round.number(), round.median(), round.mean()));
            for (double position : round.positions()) {
                row.add(position);
            }
            row.add(round.accepted().stream().map(o -> offer(result, o)).collect(Collectors.joining("; ")));
            table.row(row.toArray());
        }
        BargainingResult.Issue issue = result.issue();
        table.note("Scale " + Rounding.text(issue.scale().min()) + " to " + Rounding.text(issue.scale().max())
                + (issue.low() != null ? ": " + Rounding.text(issue.scale().min()) + " = " + issue.low() : "")
                + (issue.high() != null ? ", " + Rounding.text(issue.scale().max()) + " = " + issue.high() : "")
                + (issue.question() != null ? ". " + issue.question() : "") + (issue.question() != null
                        && issue.question().endsWith("?") ? "" : "."));
        table.note("median: the median-voter position (no actor's position beats it in a vote weighted by capability"
                + " x salience); mean: the capability x salience weighted mean. Round 0 holds the inputs.");
        cycle(result).ifPresent(table::note);
        table.note("Variant " + result.variant().name() + (result.variant().switches().isEmpty()
                ? " (the reconstruction as published)" : ", switches: " + result.variant().switches().stream()
                        .map(Switch::label).sorted().collect(Collectors.joining(", ")))
                + "; Q = " + Rounding.text(result.q()) + ", T = " + Rounding.text(result.t()) + ". " + MODEL);
        return table.build(null);
    }

    /**
     * The cycle of the rounds in words, or empty when there is none: "The positions cycle with period 3:
     * round 5 repeats round 2, so from round 2 the median runs through 50, 100, 57.1385715 and again; the last
     * round's median (57.1385715, round 10) is where the run stops in the cycle, not where bargaining settles."
     */
    public static Optional<String> cycle(BargainingResult result) {
        return result.cycle().map(cycle -> {
            Round last = result.rounds().get(result.rounds().size() - 1);
            return "The positions cycle with period " + cycle.period() + ": round " + (cycle.first() + cycle.period())
                    + " repeats round " + cycle.first() + ", so from round " + cycle.first() + " the median runs"
                    + " through " + Arrays.stream(cycle.medians()).mapToObj(Rounding::text).collect(Collectors.joining(
                            ", ")) + " and again; the last round's median (" + Rounding.text(last.median()) + ", round "
                    + last.number() + ") is where the run stops in the cycle, not where bargaining settles.";
        });
    }

    /** "Belgium compromises with France (7 -> 8.415932315)". */
    static String offer(BargainingResult result, Offer offer) {
        return result.names().get(offer.receiver()) + " " + offer.kind().verb() + " "
                + result.names().get(offer.proposer()) + " (" + Rounding.text(offer.from()) + " -> "
                + Rounding.text(offer.to()) + ")";
    }

    /** Each actor's three inputs with their ranges and bases. */
    public static Report.Table inputs(BargainingResult result) {
        Report.Table.Builder table = Report.Table.builder("bargaining-inputs", "Inputs of " + result.issue().id()
                + " and what each rests on", "actor", "input", "value", "low", "high", "basis", "source", "quote",
                "note");
        for (BargainingResult.ActorInputs actor : result.actors()) {
            add(table, actor.name(), "capability", actor.capability());
            add(table, actor.name(), "position", actor.position());
            add(table, actor.name(), "salience", actor.salience());
        }
        BargainingResult.Issue issue = result.issue();
        table.note("Read from " + issue.file() + (issue.caseId() != null ? " (case " + issue.caseId() + (issue.year()
                != null ? ", knowledge-base values for " + issue.year() : "") + ")" : "") + ". basis: observed or"
                + " carried-forward-from-YEAR (the knowledge base, source the dataset), analyst-assumption (the"
                + " rationale in note; quote verbatim from the source where given), input-table (a replication"
                + " table's row). low/high: the range a Monte Carlo run draws from.");
        return table.build(null);
    }

    private static void add(Report.Table.Builder table, String actor, String input, ResolvedInput value) {
        table.row(actor, input, value.value(), value.range().low(), value.range().high(), value.basis(),
                value.source(), value.quote(), value.note());
    }

    /** The median-voter position's quantiles per round over the Monte Carlo runs. */
    public static Report.Table forecast(BargainingResult result) {
        BargainingResult.Forecast forecast = result.forecast();
        QuantileBands.SeriesBands median = forecast.median();
        QuantileBands.SeriesBands mean = forecast.mean();
        Report.Table.Builder table = Report.Table.builder("bargaining-forecast", "Forecast of the median-voter"
                + " position per round: " + forecast.runs() + " runs (seed " + forecast.seed() + ")", "round",
                "median_p5", "median_p25", "median_p50", "median_p75", "median_p95", "median_mean", "mean_p50");
        for (int r = 0; r < median.mean().length; r++) {
            table.row(r, median.quantile(0, r), median.quantile(1, r), median.quantile(2, r), median.quantile(3, r),
                    median.quantile(4, r), median.mean()[r], mean.quantile(2, r));
        }
        return table.note("Each run draws every actor's capability, position and salience uniformly from its range"
                + " (bargaining-inputs) and bargains for the same rounds; quantiles by Hyndman & Fan's definition 7."
                + " The seed fixes every draw whatever the thread count.").build(null);
    }

    /** The inputs ranked by how far the last round's median moves from the base run's at the ends of their ranges. */
    public static Report.Table sensitivity(BargainingResult result) {
        Tornado.Result tornado = result.forecast().sensitivity();
        Report.Table.Builder table = Report.Table.builder("bargaining-sensitivity", "Which inputs move the outcome:"
                + " the last round's median with each input at the ends of its range", "rank", "actor", "input", "low",
                "high", "median_at_low", "median_at_high", "change_at_low", "change_at_high", "largest_change");
        int rank = 1;
        for (Tornado.Bar bar : tornado.bars()) {
            int space = bar.name().lastIndexOf(' ');
            table.row(rank++, bar.name().substring(0, space), bar.name().substring(space + 1), bar.low(), bar.high(),
                    bar.outputLow(), bar.outputHigh(), bar.changeAtLow(), bar.changeAtHigh(), bar.largestChange());
        }
        table.note("One input at a time at the low and the high end of its range, every other input at its value;"
                + " the last round's median with every input at its value (the base): "
                + Rounding.text(tornado.baseOutput()) + ". change_at_low, change_at_high: the median at that end minus"
                + " the base. " + Tornado.definition("median") + " One-at-a-time changes miss interactions"
                + " (Saltelli et al. 2008).");
        result.cycle().ifPresent(cycle -> table.note("The base run cycles with period " + cycle.period()
                + " (bargaining-rounds): an input's end can move the last round to another point of a cycle, so a"
                + " change may be the cycle's phase rather than another outcome."));
        if (!tornado.bars().isEmpty()) {
            Tornado.Bar top = tornado.bars().get(0);
            table.note("The outcome moves most with " + top.name() + " (largest change "
                    + Rounding.text(top.largestChange()) + ").");
        }
        return table.build(null);
    }
}
