package org.counterweight.app.scenario;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.scenario.ClaimTest;
import org.counterweight.core.scenario.Location;
import org.counterweight.core.scenario.Verdict;
import org.counterweight.store.ResultCache;

/**
 * What the report shows of one scenario against its baseline: Pakistan's security-deficit bands under
 * each, the horizon differences of the {@link #SUMMARY} measures, and the ties that flip and actors
 * that change bloc. Cached in the store's result
 * cache by {@link #CODEC} under a key of everything it is computed from
 * ({@link ScenarioService#digests}).
 *
 * @param time        the years
 * @param baseline    the baseline's 5%, 25%, 50%, 75% and 95% quantiles of PAK.deficit, one row each
 * @param scenario    the scenario's, likewise
 * @param differences for each {@link #SUMMARY} measure, in order, the paired difference (scenario minus
 *                    baseline) at the horizon: {median, 5%, 95%}
 * @param statements  each simulated state's equation and evidence ("PAK: drift, no evidence of reaction")
 * @param verdicts    the verdict of each claim the scenario tests (their locations are not kept)
 * @param realignments the ties that flip and the actors that change bloc in some run
 *                     ({@link ScenarioAlignment#realignments})
 */
public record ScenarioDigest(double[] time, double[][] baseline, double[][] scenario, List<double[]> differences,
        List<String> statements, List<Verdict> verdicts, List<ScenarioAlignment.Realignment> realignments) {
    public ScenarioDigest {
        differences = List.copyOf(differences);
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
        realignments = List.copyOf(realignments);
    }

    /** A measure of one actor, as the simulation names its series ({@code PAK.deficit}). */
    public record Measure(String actor, String measure) {
        /** The series name. */
        public String series() {
            return actor + "." + measure;
        }
    }

    /** The series whose bands are kept. */
    public static final String BANDS = "PAK.deficit";

    /** The measures whose horizon differences are kept, in order. */
    public static final List<Measure> SUMMARY = List.of(new Measure("PAK", "threat"), new Measure("PAK", "deficit"),
            new Measure("PAK", "milex"), new Measure("IND", "threat"), new Measure("IND", "deficit"),
            new Measure("IND", "milex"));

    private static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** Writes doubles as doubles; bump the version in the name whenever the layout changes. */
    public static final ResultCache.Codec<ScenarioDigest> CODEC = new ResultCache.Codec<>() {
        @Override
        public String name() {
            return "scenario-digest/3";
        }

        @Override
        public void write(ScenarioDigest digest, DataOutputStream out) throws IOException {
            writeRow(digest.time(), out);
            writeRows(digest.baseline(), out);
            writeRows(digest.scenario(), out);
            writeRows(digest.differences().toArray(double[][]::new), out);
            out.writeInt(digest.statements().size());
            for (String statement : digest.statements()) {
                out.writeUTF(statement);
            }
            out.writeInt(digest.verdicts().size());
            for (Verdict verdict : digest.verdicts()) {
                ClaimTest test = verdict.test();
                out.writeUTF(test.claim());
                out.writeUTF(test.actor());
                out.writeUTF(test.measure());
                out.writeUTF(test.expect().name());
                writeRow(new double[] {verdict.p05(), verdict.median(), verdict.p95(), verdict.shareExpected()}, out);
                out.writeUTF(verdict.outcome().name());
            }
            out.writeInt(digest.realignments().size());
            for (ScenarioAlignment.Realignment r : digest.realignments()) {
                out.writeUTF(r.item());
                out.writeUTF(r.kind());
                out.writeUTF(r.start());
                writeRow(new double[] {r.baseline(), r.scenario(), r.most(), r.firstMajor()}, out);
            }
        }

        @Override
        public ScenarioDigest read(DataInputStream in) throws IOException {
            double[] time = readRow(in);
            double[][] baseline = readRows(in);
            double[][] scenario = readRows(in);
            List<double[]> differences = List.of(readRows(in));
            int statementCount = length(in);
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < statementCount; i++) {
                statements.add(in.readUTF());
            }
            int verdictCount = length(in);
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < verdictCount; i++) {
                ClaimTest test = new ClaimTest(in.readUTF(), in.readUTF(), in.readUTF(),
                        ClaimTest.Direction.valueOf(in.readUTF()), Location.IN_CODE);
                double[] numbers = readRow(in);
                verdicts.add(new Verdict(test, numbers[0], numbers[1], numbers[2], numbers[3],
                        Verdict.Outcome.valueOf(in.readUTF())));
            }
            int count = length(in);
            List<ScenarioAlignment.Realignment> realignments = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String item = in.readUTF();
                String kind = in.readUTF();
                String start = in.readUTF();
                double[] values = readRow(in);
                if (values.length != 4) {
                    throw new IOException("a realignment holds 4 numbers, not " + values.length);
                }
                realignments.add(new ScenarioAlignment.Realignment(item, kind, start, values[0], values[1], values[2],
                        (int) values[3]));
            }
            if (in.read() != -1) {
                throw new IOException("bytes left after the digest");
            }
            return new ScenarioDigest(time, baseline, scenario, differences, statements, verdicts, realignments);
        }
    };

    /**
     * The digest of a scenario's comparison with its baseline, of their alignment paths, its states'
     * statements and its verdicts.
     */
    static ScenarioDigest of(ScenarioComparison.Comparison comparison, ScenarioAlignment alignment,
            List<String> statements, List<Verdict> verdicts) {
        int last = comparison.difference().time().length - 1;
        List<double[]> differences = new ArrayList<>();
        for (Measure item : SUMMARY) {
            QuantileBands.SeriesBands d = comparison.difference().series(item.series());
            differences.add(new double[] {d.quantile(0.5)[last], d.quantile(0.05)[last], d.quantile(0.95)[last]});
        }
        List<Verdict> unlocated = verdicts.stream().map(v -> new Verdict(new ClaimTest(v.test().claim(), v.test().actor(),
                v.test().measure(), v.test().expect(), Location.IN_CODE), v.p05(), v.median(), v.p95(),
                v.shareExpected(), v.outcome())).toList();
        return new ScenarioDigest(comparison.baseline().time(), quantiles(comparison.baseline()),
                quantiles(comparison.scenario()), differences, statements, unlocated, alignment.realignments());
    }

    private static double[][] quantiles(QuantileBands.Bands bands) {
        QuantileBands.SeriesBands s = bands.series(BANDS);
        double[][] rows = new double[QUANTILES.length][];
        for (int q = 0; q < rows.length; q++) {
            rows[q] = s.quantile(QUANTILES[q]);
        }
        return rows;
    }

    private static void writeRows(double[][] rows, DataOutputStream out) throws IOException {
        out.writeInt(rows.length);
        for (double[] row : rows) {
            writeRow(row, out);
        }
    }

    private static void writeRow(double[] row, DataOutputStream out) throws IOException {
        out.writeInt(row.length);
        for (double value : row) {
            out.writeDouble(value);
        }
    }

    private static double[][] readRows(DataInputStream in) throws IOException {
        double[][] rows = new double[length(in)][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = readRow(in);
        }
        return rows;
    }

    private static double[] readRow(DataInputStream in) throws IOException {
        double[] row = new double[length(in)];
        for (int i = 0; i < row.length; i++) {
            row[i] = in.readDouble();
        }
        return row;
    }

    /** A stored count, refused when the bytes left cannot hold that many items (a damaged entry). */
    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available() / Integer.BYTES) {
            throw new IOException("implausible length " + length);
        }
        return length;
    }
}
