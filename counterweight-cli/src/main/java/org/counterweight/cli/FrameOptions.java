package org.counterweight.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options dyad-year and state-year frames share: actors, NMC version, column names, output file. */
final class FrameOptions {
    @Option(names = "--actors", paramLabel = "A,B,...", split = ",", description = "Only these states (dyads among"
            + " them).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version for cinc and nmc (default: the"
            + " newest loaded).")
    String nmcVersion;

    @Option(names = "--names", paramLabel = "NAMES", description = "Column names: peacesciencer (the default:"
            + " peacesciencer's and fpsim's, e.g. atop_nonagg, cowmaj1, ongoingrivalry, srsvas, kappava, taub,"
            + " polity21, wbgdp2011est1, dyadigos, capdist, gmlmidspell) or counterweight (e.g. atop_nonaggression,"
            + " major1, strategic_rivalry, s_squared, kappa_squared, tau_b, polity2_1, ln_gdp1, shared_igos,"
            + " capital_distance_km, gml_peace_years).")
    String names;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE.csv or FILE.parquet instead of"
            + " printing; the column dictionary goes beside it (FILE.sources.csv) and, in Parquet, into the"
            + " file's footer (key-value metadata: counterweight:columns, counterweight:sources).")
    Path out;
}
