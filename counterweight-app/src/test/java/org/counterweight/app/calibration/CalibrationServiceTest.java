package org.counterweight.app.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RecordingProgress;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.ensemble.Seeds;
import org.counterweight.core.estimation.Bootstrap;
import org.counterweight.core.model.Actor;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static CalibrationService service;
    private static CalibrationResult defaults;
    /** What the default run told. */
    private static final RecordingProgress PROGRESS = new RecordingProgress();

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new CalibrationService(workbench);
        defaults = service.calibrate(CalibrationRequest.of(CaseId.SOUTH_ASIA, 99, 7), PROGRESS);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static CalibrationResult calibrate(int draws, long seed) {
        return service.calibrate(CalibrationRequest.of(CaseId.SOUTH_ASIA, draws, seed));
    }

    private static CalibrationResult.ActorResult actor(CalibrationResult result, String id) {
        return result.actor(id).orElseThrow(() -> new AssertionError("no " + id + " in " + result.system()));
    }

    /**
     * The default window is 1990 to SIPRI's last year (2023 in release 2024). GBR, JPN and SUN face no
     * hostile tie, so k is not identified; AUS and UKR are not in the SIPRI extract; the dyad
     * India-Pakistan is estimated; every estimated actor has both backtests but RUS, which faces no
     * hostile tie before 2014 (docs/models/calibration.md).
     */
    /** It tells its stages, reading then one step per state of the system, up to all of them. */
    @Test
    void theCalibrationTellsItsStagesAndEachStateDone() {
        List<String> told = PROGRESS.told();
        int states = defaults.system().size();
        assertThat(told.stream().filter(t -> t.startsWith("stage: "))).hasSize(CalibrationService.STAGES);
        assertThat(told).anySatisfy(t -> assertThat(t).startsWith("stage: fitting each state").endsWith("(" + states + " states)"));
        assertThat(told.get(told.size() - 1)).isEqualTo("done " + states);
    }

    @Test
    void theDefaultWindowEstimatesIndiaPakistanChinaAndTheDyad() {
        assertThat(defaults.from()).isEqualTo(1990);
        assertThat(defaults.to()).isEqualTo(2023);
        assertThat(defaults.system()).containsExactly("AFG", "CHN", "GBR", "IND", "JPN", "PAK", "RUS", "SUN", "USA");
        assertThat(defaults.outside()).containsExactly("AUS", "UKR");
        assertThat(defaults.actors()).extracting(CalibrationResult.ActorResult::id)
                .containsExactly("AFG", "CHN", "IND", "PAK", "RUS", "USA");
        assertThat(defaults.skipped()).extracting(CalibrationResult.Skipped::id).containsExactly("GBR", "JPN", "SUN");
        assertThat(defaults.dyad()).hasValueSatisfying(d -> assertThat(d.granger()).hasSize(2));
        for (String id : List.of("IND", "PAK", "CHN")) {
            assertThat(actor(defaults, id).oneStep()).isPresent();
            assertThat(actor(defaults, id).dynamic()).isPresent();
        }
        assertThat(actor(defaults, "RUS").backtestProblem()).contains("rival_lag is all zeros");
    }

    /**
     * The OLS of each actor is the least-squares solution of dx_t = c + k T_{t-1} - a x_{t-1} over the
     * years with no gap, solved here again from the actor's own series by the normal equations; and
     * the default run's values, as docs/models/calibration.md quotes them: CHN k = 0.007902 (n 32), PAK
     * k = -0.000454 (n 18). (Before datasets were carried past their ends they were CHN 0.01006 (n 31) and
     * PAK -0.00253; the US-China rivalry's start from TSS (1996, not 1991: CHN 0.009533 -> 0.007902) and
     * Afghanistan's ties ending in August 2021 (Afghanistan, with no SIPRI figure for 2022, no longer
     * blanks China's threat in 2022: n 31 -> 32; PAK from -0.000609) moved them again.)
     */
    @Test
    void olsIsTheLeastSquaresFitOfTheActorsOwnSeries() {
        for (CalibrationResult.ActorResult r : defaults.actors()) {
            double[] x = r.series().level();
            double[] threat = r.series().threat();
            double[][] xtx = new double[3][3];
            double[] xty = new double[3];
            int n = 0;
            for (int t = 1; t < x.length; t++) {
                if (Double.isFinite(x[t]) && Double.isFinite(x[t - 1]) && Double.isFinite(threat[t - 1])) {
                    double[] row = {1, threat[t - 1], x[t - 1]};
                    for (int i = 0; i < 3; i++) {
                        xty[i] += row[i] * (x[t] - x[t - 1]);
                        for (int j = 0; j < 3; j++) {
                            xtx[i][j] += row[i] * row[j];
                        }
                    }
                    n++;
                }
            }
            double[] beta = solve(xtx, xty);
            assertThat(r.ols().years()).as(r.id()).hasSize(n);
            assertThat(r.ols().c()).as(r.id()).isCloseTo(beta[0], within(1e-6 * Math.abs(beta[0]) + 1e-12));
            assertThat(r.ols().k()).as(r.id()).isCloseTo(beta[1], within(1e-6 * Math.abs(beta[1]) + 1e-12));
            assertThat(r.ols().a()).as(r.id()).isCloseTo(-beta[2], within(1e-6 * Math.abs(beta[2]) + 1e-12));
        }
        assertThat(actor(defaults, "CHN").ols().k()).isCloseTo(0.007902, within(5e-6));
        assertThat(actor(defaults, "CHN").ols().years()).hasSize(32);
        assertThat(actor(defaults, "PAK").ols().k()).isCloseTo(-0.000454, within(5e-6));
        assertThat(actor(defaults, "PAK").ols().years()).hasSize(18);
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    /**
     * Pakistan's threat in 2010 by the definition of docs/models/calibration.md, computed here from the
     * case's alignment and SIPRI levels: T_i = sum over hostile j of |w_ij| (x_j + sum over j's positive
     * partners k of w_jk x_k).
     */
    @Test
    void theThreatIsTheHostileActorsEffectiveCapability() {
        int year = 2010;
        try (UnitOfWork work = workbench.begin()) {
            CaseSnapshot snapshot = work.snapshot(CaseId.SOUTH_ASIA, year, year);
            List<String> present = defaults.system().stream().filter(id -> snapshot.exists(id, year)).toList();
            double[][] w = snapshot.alignment(present, year, Set.of());
            double[] x = new double[present.size()];
            for (int j = 0; j < x.length; j++) {
                Actor state = snapshot.actor(present.get(j)).orElseThrow();
                x[j] = snapshot.milexValue(state, year).orElseThrow().constantUsdMillions().getAsDouble() / 1000;
            }
            int i = present.indexOf("PAK");
            double expected = 0;
            for (int j = 0; j < x.length; j++) {
                if (j != i && w[i][j] < 0) {
                    double effective = x[j];
                    for (int k = 0; k < x.length; k++) {
                        if (k != j && w[j][k] > 0) {
                            effective += w[j][k] * x[k];
                        }
                    }
                    expected += -w[i][j] * effective;
                }
            }
            assertThat(expected).isPositive();
            assertThat(actor(defaults, "PAK").series().threat()[year - 1990]).isCloseTo(expected,
                    within(1e-9 * expected));
        }
    }

    /** T_i needs hostile j's level and the levels of j's partners; a gap elsewhere does not matter. */
    @Test
    void threatNeedsHostileActorsAndTheirPartners() {
        double[][] w = {{0, -1, 0, 0}, {-1, 0, 0.5, 0}, {0, 0.5, 0, 0}, {0, 0, 0, 0}};
        assertThat(SystemSeries.missingNeeded(w, 0, Set.of(2))).containsExactly(2); // 2 is the enemy's partner
        assertThat(SystemSeries.missingNeeded(w, 0, Set.of(1, 2, 3))).containsExactly(1, 2);
        assertThat(SystemSeries.missingNeeded(w, 0, Set.of(3))).isEmpty();
        assertThat(SystemSeries.missingNeeded(w, 1, Set.of(2))).isEmpty(); // own partner: not in T_1
    }

    /**
     * Each state's dropped years say which input is missing: India's and the USA's threats need
     * Afghanistan's expenditure, which SIPRI lacks in 1990-2003 (year t uses T_(t-1)); Russia's own level
     * is missing before it is a state again (1990-1991: SIPRI's series is the Soviet Union's then); a
     * state with every year used gives none. The series table has the column and says how years drop.
     */
    @Test
    void droppedYearsSayWhichInputIsMissing() {
        assertThat(CalibrationTables.droppedBecause(actor(defaults, "IND"))).isEqualTo(
                "1991-2004: threat missing in 1990-2003 (no SIPRI figure for AFG, which it needs)");
        assertThat(CalibrationTables.droppedBecause(actor(defaults, "USA"))).isEqualTo(
                "1997-2004: threat missing in 1996-2003 (no SIPRI figure for AFG, which it needs)");
        assertThat(CalibrationTables.droppedBecause(actor(defaults, "RUS"))).isEqualTo(
                "1991-1992: own expenditure missing in 1990-1991 (no SIPRI figure)");
        assertThat(CalibrationTables.droppedBecause(actor(defaults, "AFG"))).isEqualTo("1991-2004: own expenditure missing in"
                + " 1990-2003 (no SIPRI figure); 2022-2023: own expenditure missing in 2022-2023 (no SIPRI figure)");
        Report.Table series = CalibrationTables.series(defaults);
        int column = series.columns().indexOf("dropped_because");
        assertThat(series.rows().get(defaults.actors().indexOf(actor(defaults, "IND"))).get(column))
                .isEqualTo(CalibrationTables.droppedBecause(actor(defaults, "IND")));
        assertThat(series.notes()).anySatisfy(n -> assertThat(n).contains("A year t is dropped, never filled, when"
                + " x_t, x_{t-1} or T_{t-1} is missing (dropped_because)"));
    }

    /** The same seed gives the same draws; another seed other draws; OLS does not depend on the seed. */
    @Test
    void theBootstrapIsReproducibleAndOlsDoesNotDependOnTheSeed() {
        CalibrationResult again = calibrate(99, 7);
        CalibrationResult other = calibrate(99, 8);
        for (CalibrationResult.ActorResult r : defaults.actors()) {
            assertThat(actor(again, r.id()).bootstrap().draws()).isDeepEqualTo(r.bootstrap().draws());
            assertThat(actor(other, r.id()).bootstrap().lower()).isNotEqualTo(r.bootstrap().lower());
            assertThat(actor(other, r.id()).ols().k()).isEqualTo(r.ols().k());
        }
    }

    /**
     * Actor A's bootstrap draws from the stream bootstrap/A of the seed (core.ensemble.Seeds, the one
     * seeding scheme): the same pairs bootstrap of its regression data from that generator.
     */
    @Test
    void eachActorsBootstrapDrawsFromItsNamedStream() {
        for (CalibrationResult.ActorResult r : defaults.actors()) {
            Bootstrap.Result expected = Bootstrap.of(r.ols().data(), Bootstrap.Scheme.PAIRS, 99,
                    CalibrationService.LEVEL, Seeds.generator(7, "bootstrap/" + r.id()));
            assertThat(r.bootstrap().draws()).as(r.id()).isDeepEqualTo(expected.draws());
        }
    }

    /**
     * Without Afghanistan, whose SIPRI gaps (1991-2004, 2022-2023) drop years from the threats of its
     * hostile neighbours' rivals, India uses 33 years (1991-2023) and Pakistan 32
     * (docs/models/calibration.md, sensitivity run); a state may be named as users name it.
     */
    @Test
    void leavingAfghanistanOutRestoresIndiasAndPakistansYears() {
        CalibrationResult result = service.calibrate(new CalibrationRequest(CaseId.SOUTH_ASIA, YearRange.open(),
                CalibrationRequest.DEFAULT_SPLIT, 20, 1, List.of("Afghanistan"), Carry.FORWARD, ObligationScope.ALL));
        assertThat(result.without()).containsExactly("AFG");
        assertThat(result.system()).doesNotContain("AFG");
        assertThat(actor(result, "IND").ols().years()).hasSize(33);
        assertThat(actor(result, "PAK").ols().years()).hasSize(32);
        assertThat(CalibrationTables.series(result).notes()).anySatisfy(n -> assertThat(n)
                .contains("left out on request: AFG"));
    }

    @Test
    void windowsThatCannotBeEstimatedAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> service.calibrate(new CalibrationRequest(CaseId.SOUTH_ASIA, YearRange.of(2010, 2016),
                2014, 99, 1, List.of(), Carry.FORWARD, ObligationScope.ALL))).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("from");
                    assertThat(e.getMessage()).contains("2010-2016 has 7 years").contains("at least 12");
                });
        assertThatThrownBy(() -> service.calibrate(new CalibrationRequest(CaseId.SOUTH_ASIA, YearRange.open(), 2023,
                99, 1, List.of(), Carry.FORWARD, ObligationScope.ALL))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("split"));
        assertThatThrownBy(() -> service.calibrate(new CalibrationRequest(CaseId.SOUTH_ASIA, YearRange.of(1990, 2030),
                2012, 99, 1, List.of(), Carry.FORWARD, ObligationScope.ALL))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThatThrownBy(() -> CalibrationRequest.of(CaseId.SOUTH_ASIA, 1, 1))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("bootstrap"));
        assertThatThrownBy(() -> service.calibrate(new CalibrationRequest(CaseId.SOUTH_ASIA, YearRange.open(),
                2012, 99, 1, List.of("Atlantis"), Carry.FORWARD, ObligationScope.ALL))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("without"));
    }

    /** The tables carry the result: one row per estimated actor, the dyad's two OLS rows after them. */
    @Test
    void tablesMirrorTheResult() {
        List<Report.Table> tables = CalibrationTables.of(defaults);
        assertThat(tables).extracting(Report.Table::id).containsExactly("calibration-series", "calibration-ols",
                "calibration-bootstrap", "calibration-granger", "calibration-backtest");
        assertThat(tables.get(0).rows()).hasSize(defaults.actors().size());
        assertThat(tables.get(1).rows()).hasSize(defaults.actors().size() + 2);
        List<Object> chn = tables.get(1).rows().get(1);
        assertThat(chn.get(0)).isEqualTo("CHN");
        assertThat(chn.get(3)).isEqualTo(actor(defaults, "CHN").ols().k());
        assertThat(tables.get(0).notes()).anySatisfy(n -> assertThat(n).startsWith("Not estimated: GBR: faces no threat"));
        assertThat(CalibrationTables.compact(new int[] {1990, 1991, 1992, 1995, 1997, 1998})).isEqualTo(
                "1990-1992 1995 1997-1998");
    }
}
