package org.counterweight.io.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.EventCoder;
import org.counterweight.core.text.Gazetteer;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.Utf8Text;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.casefile.CaseFileReader;
import org.counterweight.io.dataset.AtopDyadYearReader;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.CameoCodebookReader;
import org.counterweight.io.dataset.ContiguityReader;
import org.counterweight.io.dataset.CountryCodeListReader;
import org.counterweight.io.dataset.CowStatesReader;
import org.counterweight.io.dataset.DatasetReader;
import org.counterweight.io.dataset.GwStatesReader;
import org.counterweight.io.dataset.IdealPointReader;
import org.counterweight.io.dataset.MajorPowersReader;
import org.counterweight.io.dataset.NmcReader;
import org.counterweight.io.dataset.ObligationEndsReader;
import org.counterweight.io.dataset.RivalryReader;
import org.counterweight.io.dataset.SipriMilexReader;
import org.counterweight.io.dataset.SipriTivFlowReader;
import org.counterweight.io.dataset.SipriTivTotalReader;
import org.counterweight.io.dataset.StateAdjectivesReader;
import org.counterweight.io.dataset.StateNamesReader;
import org.counterweight.io.dataset.TssRivalryReader;
import org.counterweight.io.dataset.UnAgreementReader;
import org.counterweight.io.dataset.UnRollCallReader;
import org.counterweight.io.dataset.UnVoteReader;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventErratum;
import org.counterweight.io.events.EventFile;
import org.counterweight.io.events.EventFileFormat;
import org.counterweight.io.events.EventLineParser;
import org.counterweight.io.events.EventSink;
import org.counterweight.io.network.UserTables;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.io.scenario.SimulationSettingsReader;
import org.counterweight.io.sipri.SipriTivTableReader;
import org.counterweight.io.sipri.SipriTradeRegisterReader;
import org.counterweight.io.yaml.YamlNode;

/**
 * Fuzzing of every reader (issue 15, "What to build" 7): valid seeds (the bundled files' first lines,
 * the test fixtures of SIPRI's downloads and the event dumps, a small case, every bundled scenario,
 * users' tables, articles) edited by seeded jqwik mutations ({@link Mutation}). Each input must be
 * accepted or refused with a clean error ({@link Outcomes#check}); any other exception fails. Inputs
 * known to be invalid (a hostile number in a numeric field, a key given twice) must be refused, never
 * accepted in silence. Seeds and tries are fixed, so the suite runs the same inputs every time, in a
 * few seconds.
 */
class ReaderFuzzTest {
    private static final String SEED = "20261207";
    private static final int TRIES = 200;

    /** A dataset reader with the bundled file it reads. */
    private record DatasetCase(String name, String resource, DatasetReader<?> reader) {
    }

    private static final List<DatasetCase> DATASETS = List.of(
            new DatasetCase("cow-nmc", "cow-nmc/NMC-7.0-abridged.csv", new NmcReader("7.0")),
            new DatasetCase("atop", "alliances/atop5.1_directed_dyad_year.csv", new AtopDyadYearReader()),
            new DatasetCase("sipri-milex", "sipri-milex/sipri_milex_selected_1949_2023.csv", new SipriMilexReader()),
            new DatasetCase("sipri-tiv", "sipri-arms-transfers/tiv_flows_to_south_asia_china_1950_2021.csv",
                    new SipriTivFlowReader()),
            new DatasetCase("sipri-tiv-totals", "sipri-arms-transfers/tiv_supplier_export_totals_1950_2021.csv",
                    new SipriTivTotalReader()),
            new DatasetCase("cow-states", "country-codes/cow_states2016.csv", new CowStatesReader()),
            new DatasetCase("gw-states", "country-codes/isard_gw_system.csv", new GwStatesReader()),
            new DatasetCase("countrycode", "country-codes/countrycode_codelist.csv", new CountryCodeListReader()),
            new DatasetCase("state-names", "country-codes/state_names_curated.csv", new StateNamesReader()),
            new DatasetCase("state-adjectives", "country-codes/state_adjectives_curated.csv",
                    new StateAdjectivesReader()),
            new DatasetCase("obligation-ends", "obligation-ends/obligation_ends.csv", new ObligationEndsReader()),
            new DatasetCase("td-rivalries", "rivalry-contiguity-majors/td_rivalries.csv", new RivalryReader()),
            new DatasetCase("tss-rivalries", "rivalries-tss-2021/tss_rivalries.csv", new TssRivalryReader()),
            new DatasetCase("cow-contiguity", "rivalry-contiguity-majors/cow_contdir.csv", new ContiguityReader()),
            new DatasetCase("cow-majors", "rivalry-contiguity-majors/cow_majors.csv", new MajorPowersReader()),
            new DatasetCase("unga-votes", "unga/un_votes.csv", new UnVoteReader()),
            new DatasetCase("unga-roll-calls", "unga/un_roll_calls.csv", new UnRollCallReader(Map.of())),
            new DatasetCase("unga-ideal-points", "unga/unga_ideal_points_voeten_2025-07.csv", new IdealPointReader()),
            new DatasetCase("unga-agreement", "unga/unga_agreement_focal_dyads_derived.csv", new UnAgreementReader()),
            new DatasetCase("cameo-codebook", "event-data/cameo_event_codes_icews.csv", new CameoCodebookReader()));

    private static final Map<String, String> HEADS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The first 30 lines of a bundled dataset file. */
    private static String head(String resource) {
        return HEADS.computeIfAbsent(resource, r -> {
            try (BufferedReader reader = new BufferedReader(BundledDatasets.open(BundledDatasets.ROOT + r))) {
                StringBuilder text = new StringBuilder();
                String line;
                for (int i = 0; i < 30 && (line = reader.readLine()) != null; i++) {
                    text.append(line).append('\n');
                }
                return text.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String testResource(String name) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void writeTally() {
        Outcomes.write(Path.of("target", "fuzz-outcomes.csv"));
    }

    @Provide
    Arbitrary<List<Mutation>> edits() {
        return Mutation.lists();
    }

    @Property(seed = SEED, tries = 2 * TRIES)
    void datasetCsvs(@ForAll("datasetIndex") int which, @ForAll("edits") List<Mutation> edits) {
        DatasetCase dataset = DATASETS.get(which);
        String text = Mutation.applyAll(head(dataset.resource()), edits);
        Outcomes.check("dataset CSV (" + DATASETS.size() + " readers)", () -> dataset.reader()
                .readAll(new StringReader(text), dataset.name() + ".csv"));
    }

    @Provide
    Arbitrary<Integer> datasetIndex() {
        return Arbitraries.integers().between(0, DATASETS.size() - 1);
    }

    @Property(seed = SEED, tries = TRIES)
    void sipriDownloads(@ForAll boolean register, @ForAll("edits") List<Mutation> edits) {
        String text = Mutation.applyAll(testResource(register ? "sipri/trade-register-sample.csv"
                : "sipri/TIV-Import-PAK-2015-2019.csv"), edits);
        Outcomes.check("SIPRI download (TIV table, trade register)", () -> {
            if (register) {
                new SipriTradeRegisterReader().read(new StringReader(text), "register.csv");
            } else {
                new SipriTivTableReader().read(new StringReader(text), "tiv.csv");
            }
        });
    }

    static final String CASE = """
            case: mini
            title: A small case
            sources:
              - {id: art-2021, kind: article, title: An article, authors: [A. Writer], date: 2021-05-01,
                 file: articles/art.txt}
            actors:
              - {id: IND, kind: state, name: India, cow: 750, aliases: {metonyms: [New Delhi]}}
              - {id: PAK, kind: state, name: Pakistan, cow: 770}
            agreements:
              - id: ind-pak-test
                name: Test accord
                type: strategic-dialogue
                parties: [IND, PAK]
                signed: 2004-01
                evidence: [{source: dataset-x, locator: "table 1"}]
            relations:
              - id: ind-pak-rivalry
                a: IND
                b: PAK
                type: rivalry
                sign: negative
                strength: 0.9
                from: 1947
                evidence: [{source: art-2021, quote: "arch rivals"}]
            events:
              - {date: 2019-02-26, source: IND, target: PAK, cameo: "195", evidence: [{source: art-2021, quote: "arch rivals"}]}
            claims:
              - id: mini-01
                kind: fact
                subjects: [IND, PAK]
                predicate: fought-border-wars
                value: {amount: 3, unit: wars}
                evidence: [{source: art-2021, quote: "having fought three border wars"}]
            """;

    private static CaseFileReader caseReader() {
        return new CaseFileReader(Set.of("dataset-x"), code -> code.equals("195") ? OptionalDouble.of(-10)
                : OptionalDouble.empty(), path -> Optional.ofNullable(Map.of("articles/art.txt",
                        "Pakistan and India are arch rivals, having fought three border wars.").get(path)));
    }

    @Property(seed = SEED, tries = TRIES)
    void caseFiles(@ForAll("edits") List<Mutation> edits) {
        String text = Mutation.applyAll(CASE, edits);
        Outcomes.check("case file YAML", () -> caseReader().read(new StringReader(text), "case.yaml"));
    }

    @Provide
    Arbitrary<String> scenario() {
        return Arbitraries.of(ScenarioFileReader.BUNDLED).map(ScenarioFileReader::bundledText);
    }

    @Property(seed = SEED, tries = TRIES)
    void scenarioFiles(@ForAll("scenario") String seed, @ForAll("edits") List<Mutation> edits) {
        String text = Mutation.applyAll(seed, edits);
        Outcomes.check("scenario file YAML", () -> ScenarioFileReader.readFile(new StringReader(text), "s.yaml"));
    }

    static final String SETTINGS = """
            counterweight: 0.1.0
            model: 3
            scenario: caatsa-india
            scenario_sha256: abc
            case: south-asia
            case_sha256: def
            runs: 200
            seed: 1
            threads: 2
            focus: PAK
            data:
              dataset/cow-nmc/7.0: 0123
            """;

    @Property(seed = SEED, tries = TRIES / 2)
    void settingsFiles(@ForAll("edits") List<Mutation> edits) {
        String text = Mutation.applyAll(SETTINGS, edits);
        Outcomes.check("simulation settings YAML", () -> SimulationSettingsReader.read(new StringReader(text),
                "settings.yaml"));
    }

    /** A user's table with the reader that reads it. */
    private record TableCase(String seed, BiConsumer<Reader, String> reader) {
    }

    private static final List<TableCase> TABLES = List.of(
            new TableCase("from,to,sign,weight,window\nIND,PAK,-1,2,a\nIND,USA,1,1,a\nPAK,USA,+,0.5,b\n",
                    (r, n) -> UserTables.edges(r, n, "window")),
            new TableCase("actor,size\nIND,0.07\nPAK,0.02\nUSA,0.14\n", UserTables::sizes),
            new TableCase(",IND,PAK,USA\nIND,,-2,1\nPAK,-2,,0\nUSA,1,0,\n", UserTables::squareMatrix),
            new TableCase("state,a,b,weight\nIND,3,0,0.07\nPAK,0,3,0.02\nUSA,1,2,0.14\n", UserTables::portfolios));

    @Property(seed = SEED, tries = TRIES)
    void userTables(@ForAll("tableIndex") int which, @ForAll("edits") List<Mutation> edits) {
        TableCase table = TABLES.get(which);
        String text = Mutation.applyAll(table.seed(), edits);
        Outcomes.check("user table (edges, sizes, matrix, portfolios)", () -> table.reader()
                .accept(new StringReader(text), "table.csv"));
    }

    @Provide
    Arbitrary<Integer> tableIndex() {
        return Arbitraries.integers().between(0, TABLES.size() - 1);
    }

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            new Gazetteer(new ActorDirectory(List.of(), List.of()), List.of()), List.of(), new EventCoder(List.of()));

    static final String ARTICLE = "<html><head><title>Ties</title></head><body><h1>Ties</h1>\n"
            + "<p>By A. Writer | 3 May 2021</p>\n<p>India and the U.S. signed BECA in October 2020. Pakistan"
            + " should bolster relations with China &amp; Russia, worth $3.5 billion.</p>\n"
            + "<script>var x = 1;</script><p>It was &#8220;ironclad&#8221; &mdash; or so they said.</p></body></html>\n";

    @Property(seed = SEED, tries = TRIES)
    void articles(@ForAll ArticleReader.Format format, @ForAll("edits") List<Mutation> edits,
            @ForAll("rawBytes") byte[] inserted) {
        byte[] text = Mutation.applyAll(ARTICLE, edits).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + inserted.length];
        int at = text.length / 2;
        System.arraycopy(text, 0, bytes, 0, at);
        System.arraycopy(inserted, 0, bytes, at, inserted.length);
        System.arraycopy(text, at, bytes, at + inserted.length, text.length - at);
        Outcomes.check("article (text, Markdown, HTML) read and extracted", () -> {
            var article = ArticleReader.read(bytes, format, "article");
            EXTRACTOR.extract(article.text(), null, "A. Writer");
        });
    }

    @Provide
    Arbitrary<byte[]> rawBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
    }

    @Property(seed = SEED, tries = TRIES)
    void bytesAsUtf8(@ForAll("manyBytes") byte[] bytes) {
        Outcomes.check("bytes decoded as strict UTF-8", () -> Utf8Text.decode(bytes, "file.txt"));
    }

    @Provide
    Arbitrary<byte[]> manyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    }

    private static final EventLineParser EVENTS = new EventLineParser(CameoCountriesReader.bundled());

    /** Errata are the event readers' clean way to leave a line out; anything else must not escape. */
    private static final EventSink SINK = new EventSink() {
        @Override
        public void event(DumpEvent event) {
        }

        @Override
        public void mention(DumpMention mention) {
        }

        @Override
        public void erratum(EventErratum erratum) {
        }

        @Override
        public void defect(EventDefect defect) {
        }
    };

    @Provide
    Arbitrary<String> eventSample() {
        return Arbitraries.of("gdelt1_events_sample_daily_20160728.tsv", "icews_events_sample_2018-06-01_02.tsv")
                .map(f -> head("event-data/" + f));
    }

    @Property(seed = SEED, tries = TRIES)
    void eventLines(@ForAll EventFileFormat format, @ForAll("eventSample") String sample,
            @ForAll("edits") List<Mutation> edits) {
        String[] lines = Mutation.applyAll(sample, edits).split("\n");
        Outcomes.check("event-data lines (GDELT 1/2, ICEWS)", () -> {
            for (int i = 0; i < lines.length; i++) {
                EVENTS.parse(format, "events.tsv", i + 1, lines[i], SINK);
            }
        });
    }

    /**
     * A bundled event sample gzipped or zipped, then damaged byte by byte (flipped, cut short, bytes
     * inserted): detecting, scanning and reading it end in a clean error or in lines read, never in an
     * exception from the decompressor.
     */
    @Property(seed = SEED, tries = TRIES)
    void compressedEventFiles(@ForAll boolean zip, @ForAll("eventSample") String sample,
            @ForAll("byteDamage") List<int[]> damage) throws IOException {
        byte[] packed = compress(sample.getBytes(StandardCharsets.UTF_8), zip);
        java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
        damaged.write(packed);
        byte[] bytes = damaged.toByteArray();
        for (int[] d : damage) {
            int at = Math.floorMod(d[1], Math.max(1, bytes.length));
            bytes = switch (d[0]) {
                case 0 -> flip(bytes, at, d[2]);
                case 1 -> java.util.Arrays.copyOf(bytes, at);
                default -> insert(bytes, at, (byte) d[2]);
            };
        }
        Path folder = java.nio.file.Files.createTempDirectory("fuzz-events");
        Path file = folder.resolve(zip ? "events.zip" : "events.tsv.gz");
        java.nio.file.Files.write(file, bytes);
        try {
            Outcomes.check("event files, gzipped or zipped, bytes damaged", () -> {
                EventFile events = EventFile.detect(file);
                events.scan(folder);
                events.read(EVENTS, SINK);
            });
        } finally {
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(folder)) {
                for (Path p : left.toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
            java.nio.file.Files.delete(folder);
        }
    }

    @Provide
    Arbitrary<List<int[]>> byteDamage() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(1, 255))
                .as((kind, at, value) -> new int[] {kind, at, value}).list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] compress(byte[] text, boolean zip) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (zip) {
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
                z.putNextEntry(new java.util.zip.ZipEntry("events.tsv"));
                z.write(text);
                z.closeEntry();
            }
        } else {
            try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(out)) {
                g.write(text);
            }
        }
        return out.toByteArray();
    }

    private static byte[] flip(byte[] bytes, int at, int mask) {
        byte[] out = bytes.clone();
        if (out.length > 0) {
            out[at] ^= (byte) mask;
        }
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        return out;
    }

    @Provide
    Arbitrary<String> yamlSoup() {
        return Arbitraries.of(Mutation.TOKENS).list().ofMaxSize(40).map(tokens -> String.join("", tokens));
    }

    @Property(seed = SEED, tries = TRIES)
    void yamlFromHostileTokens(@ForAll("yamlSoup") String text) {
        Outcomes.check("YAML made of hostile tokens", () -> YamlNode.parse(new StringReader(text), "soup.yaml")
                .keys());
    }

    // ---------------------------------------------------------------- invalid inputs must be refused

    private static final List<String> BAD_NUMBERS = List.of("0x1p3", "NaN", ".inf", "-.inf", "Infinity", "1e400",
            "١٢", "1_000", "12abc", "1d", "0x10");

    @Provide
    Arbitrary<String> badNumber() {
        return Arbitraries.of(BAD_NUMBERS);
    }

    @Property(seed = SEED, tries = TRIES / 2)
    void aHostileNumberInAScenarioIsRefused(@ForAll("scenario") String seed, @ForAll("badNumber") String bad,
            @ForAll("scenarioNumber") String key) {
        String text = seed.replaceFirst("(?m)^(\\s*-?\\s*" + key + ": ).*$", "$1" + bad);
        if (!text.equals(seed)) {
            refused("scenario file YAML, hostile number", () -> ScenarioFileReader.readFile(new StringReader(text),
                    "s.yaml"));
        }
    }

    @Provide
    Arbitrary<String> scenarioNumber() {
        return Arbitraries.of("start", "horizon", "runs", "seed", "at", "value", "historical_until");
    }

    @Property(seed = SEED, tries = TRIES / 2)
    void aKeyGivenTwiceIsRefused(@ForAll("scenario") String seed, @ForAll("lineIndex") int index) {
        List<String> topKeys = new ArrayList<>();
        for (String line : seed.split("\n")) {
            if (line.matches("[a-z_]+: \\S.*")) {
                topKeys.add(line);
            }
        }
        String repeated = topKeys.get(index % topKeys.size());
        refused("scenario file YAML, key given twice", () -> ScenarioFileReader.readFile(new StringReader(seed
                + repeated + "\n"), "s.yaml"));
        refused("case file YAML, key given twice", () -> caseReader().read(new StringReader(CASE.replace(
                "title: A small case\n", "title: A small case\ntitle: Another\n")), "case.yaml"));
    }

    @Provide
    Arbitrary<Integer> lineIndex() {
        return Arbitraries.integers().between(0, 100);
    }

    @Property(seed = SEED, tries = TRIES / 2)
    void aHostileNumberInATableIsRefused(@ForAll("badNumber") String bad, @ForAll("tableIndex") int which) {
        TableCase table = TABLES.get(which);
        String text = table.seed().replaceFirst("0\\.07|-2|0\\.5|-1", bad);
        refused("user table, hostile number", () -> table.reader().accept(new StringReader(text), "table.csv"));
    }

    @Property(seed = SEED, tries = TRIES / 2)
    void aHostileNumberInADatasetYearIsRefused(@ForAll("badNumber") String bad, @ForAll("datasetIndex") int which) {
        DatasetCase dataset = DATASETS.get(which);
        String head = head(dataset.resource());
        String text = head.replaceFirst("(?m)(^|,)(1[89]\\d\\d|20[0-2]\\d)(,|$)", "$1" + bad + "$3");
        if (!text.equals(head)) {
            refused("dataset CSV, hostile number in a year", () -> dataset.reader().readAll(new StringReader(text),
                    dataset.name() + ".csv"));
        }
    }

    private static void refused(String inputClass, Outcomes.Read read) {
        Outcomes.refused(inputClass, read);
    }
}
