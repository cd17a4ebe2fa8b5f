package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.core.model.Actor;
import org.counterweight.core.similarity.PortfolioSimilarity;
import org.counterweight.core.similarity.SimilarityMatrix;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.network.UserTables;
import org.counterweight.io.network.UserTables.PortfolioItem;
import org.counterweight.store.AllianceSimilarity;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.store.PortfolioQueries;
import org.counterweight.store.PortfolioQueries.YearPortfolios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "similarity", description = {"Foreign-policy similarity: Signorino & Ritter's S (unweighted, capability-"
        + "weighted, squared), Kendall's tau-b (Bueno de Mesquita 1975), Cohen's kappa and Scott's pi (Hage 2011).",
    "--source atop: alliance portfolios over the year's COW system members (0-3 scale, CINC weights);"
            + " --source unga: UN General Assembly votes of the calendar year (yes/abstain/no; roll calls where"
            + " both voted). For one dyad (--a, --b) over --from..--to, or for every dyad of a --year.",
    "--portfolios FILE: two portfolios as state,a,b[,weight] (codes 0-3; weight = the state's capability)."})
final class SimilarityCommand extends StoreCommand {
    @Option(names = "--source", paramLabel = "S", defaultValue = "atop", description = "atop or unga.")
    String source;

    @Option(names = "--a", paramLabel = "A", description = "First state of a dyad.")
    String a;

    @Option(names = "--b", paramLabel = "B", description = "Second state of a dyad.")
    String b;

    @Option(names = "--year", paramLabel = "Y", description = "A single year (every dyad when --a/--b are not given).")
    Integer year;

    @Option(names = "--from", paramLabel = "Y", description = "First year (with --a and --b).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year (with --a and --b).")
    Integer to;

    @Option(names = "--portfolios", paramLabel = "FILE", description = "Your own pair of portfolios.")
    Path portfolios;

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (portfolios != null) {
            return List.of(fromFile());
        }
        if (!source.equals("atop") && !source.equals("unga")) {
            throw new UserInputException("--source must be atop or unga, got '" + source + "'");
        }
        if ((a == null) != (b == null)) {
            throw new UserInputException("give both --a and --b, or neither (every dyad of --year)");
        }
        int first = from != null ? from : year != null ? year : 2000;
        int last = to != null ? to : year != null ? year : first;
        if (last < first) {
            throw new UserInputException("--to " + last + " is before --from " + first);
        }
        if (a == null && first != last) {
            throw new UserInputException("every dyad is listed for one --year at a time; give --a and --b for a series");
        }
        int cowA = a == null ? -1 : workbench.cowCode(a, "--a");
        int cowB = b == null ? -1 : workbench.cowCode(b, "--b");
        return List.of(source.equals("atop") ? alliances(workbench, first, last, cowA, cowB)
                : votes(workbench, first, last, cowA, cowB));
    }

    private ResultTable alliances(Workbench workbench, int first, int last, int cowA, int cowB) {
        DatasetCoverage atop = workbench.datasets().atopCoverage()
                .orElseThrow(() -> new UserInputException("no ATOP data loaded"));
        if (first < Math.max(1816, atop.firstYear()) || last > atop.lastYear()) {
            throw new UserInputException("years " + first + "-" + last + " are outside ATOP " + atop.version() + " ("
                    + atop.firstYear() + "-" + atop.lastYear() + ") and the COW system (from 1816)");
        }
        String nmcVersion = workbench.datasets().nmcVersions().get(0).version();
        List<AllianceSimilarity.YearMatrix> years = new AllianceSimilarity(workbench.session()).compute(first, last,
                nmcVersion, Runtime.getRuntime().availableProcessors());
        List<String> columns = new ArrayList<>(List.of("year", "ccode1", "ccode2", "a", "b"));
        AllianceSimilarity.COLUMNS.forEach(c -> columns.add(c[0]));
        ResultTable table = new ResultTable("Alliance-portfolio similarity (ATOP " + atop.version() + ", CINC weights NMC "
                + nmcVersion + ")", columns.toArray(String[]::new));
        for (AllianceSimilarity.YearMatrix y : years) {
            int[] states = y.states();
            for (int i = 0; i < states.length; i++) {
                for (int j = i + 1; j < states.length; j++) {
                    if (cowA >= 0 && !(states[i] == cowA && states[j] == cowB || states[i] == cowB && states[j] == cowA)) {
                        continue;
                    }
                    Object[] row = new Object[columns.size()];
                    row[0] = y.year();
                    row[1] = states[i];
                    row[2] = states[j];
                    row[3] = name(workbench, states[i]);
                    row[4] = name(workbench, states[j]);
                    for (int m = 0; m < AllianceSimilarity.COLUMNS.size(); m++) {
                        row[5 + m] = y.matrix().get(AllianceSimilarity.COLUMNS.get(m)[1], i, j);
                    }
                    table.add(row);
                }
            }
        }
        if (cowA >= 0 && table.rows().isEmpty()) {
            table.note("the two states were not both members of the COW state system in " + first + "-" + last);
        }
        table.note("Portfolios: each state's ATOP commitment to every system member (3 defence/offence, 2 neutrality or"
                + " non-aggression, 1 consultation, 0 none; 3 to itself). s_weighted weights items by CINC. Empty = undefined"
                + " (tau-b, kappa, pi of constant portfolios).");
        return table;
    }

    private static String name(Workbench workbench, int cow) {
        return workbench.directory().byCowCode(cow).map(Actor::id).orElse(String.valueOf(cow));
    }

    private ResultTable votes(Workbench workbench, int first, int last, int cowA, int cowB) {
        List<PortfolioSimilarity> measures = SimilarityMatrix.standardMeasures(3, false);
        List<String> columns = new ArrayList<>(List.of("year", "ccode1", "ccode2", "a", "b", "joint_votes"));
        measures.forEach(m -> columns.add(m.name()));
        ResultTable table = new ResultTable("UN General Assembly vote similarity (Voeten)", columns.toArray(String[]::new));
        PortfolioQueries queries = new PortfolioQueries(workbench.session());
        for (int y = first; y <= last; y++) {
            YearPortfolios portfolios = queries.unVotes(y);
            int[] states = portfolios.states();
            for (int i = 0; i < states.length; i++) {
                for (int j = i + 1; j < states.length; j++) {
                    if (cowA >= 0 && !(states[i] == cowA && states[j] == cowB || states[i] == cowB && states[j] == cowA)) {
                        continue;
                    }
                    int[][] joint = jointVotes(portfolios.codes()[i], portfolios.codes()[j]);
                    Object[] row = new Object[columns.size()];
                    row[0] = y;
                    row[1] = states[i];
                    row[2] = states[j];
                    row[3] = name(workbench, states[i]);
                    row[4] = name(workbench, states[j]);
                    row[5] = joint[0].length;
                    for (int m = 0; m < measures.size(); m++) {
                        row[6 + m] = joint[0].length == 0 ? null : measures.get(m).similarity(joint[0], joint[1]);
                    }
                    table.add(row);
                }
            }
        }
        table.note("Codes no 0, abstain 1, yes 2 over the roll calls of the year in which both states voted (absence"
                + " is missing, not a vote). Empty = undefined or no joint votes. Data: Voeten, UNGA voting data"
                + " (roll calls to January 2020).");
        return table;
    }

    /** The two states' votes on the roll calls both voted in, recoded 0-2. */
    static int[][] jointVotes(int[] first, int[] second) {
        int n = 0;
        for (int k = 0; k < first.length; k++) {
            if (first[k] != PortfolioQueries.NOT_VOTING && second[k] != PortfolioQueries.NOT_VOTING) {
                n++;
            }
        }
        int[][] joint = new int[2][n];
        int at = 0;
        for (int k = 0; k < first.length; k++) {
            if (first[k] != PortfolioQueries.NOT_VOTING && second[k] != PortfolioQueries.NOT_VOTING) {
                joint[0][at] = first[k] - 1;
                joint[1][at] = second[k] - 1;
                at++;
            }
        }
        return joint;
    }

    private ResultTable fromFile() {
        String name = portfolios.getFileName().toString();
        if (!Files.isRegularFile(portfolios)) {
            throw new InputFormatException(name, 0, null, "no such file: " + portfolios);
        }
        List<PortfolioItem> items;
        try (Reader reader = Files.newBufferedReader(portfolios, StandardCharsets.UTF_8)) {
            items = UserTables.portfolios(reader, name);
        } catch (IOException e) {
            throw new InputFormatException(name, 0, null, "cannot read: " + e.getMessage(), e);
        }
        int categories = Math.max(4, items.stream().mapToInt(i -> Math.max(i.a(), i.b())).max().orElse(0) + 1);
        int[] first = items.stream().mapToInt(PortfolioItem::a).toArray();
        int[] second = items.stream().mapToInt(PortfolioItem::b).toArray();
        double[] weights = items.stream().mapToDouble(PortfolioItem::weight).toArray();
        ResultTable table = new ResultTable("Similarity of portfolios a and b in " + name + " (" + items.size()
                + " states, codes 0-" + (categories - 1) + ")", "measure", "value");
        for (PortfolioSimilarity measure : SimilarityMatrix.standardMeasures(categories, true)) {
            double value = measure.weighted() ? measure.similarity(first, second, weights)
                    : measure.similarity(first, second);
            table.add(measure.name(), Double.isNaN(value) ? null : value);
        }
        return table;
    }
}
