package org.counterweight.app.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RecordingProgress;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.expenditure.AdmissibleDraws;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.Model;
import org.counterweight.core.expenditure.RandomWalkWithDrift;
import org.counterweight.core.expenditure.RollingOriginEvaluation;
import org.counterweight.core.expenditure.SpecificationSelection;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static SelectionService service;
    private static SelectionResult defaults;
    /** What the default run told. */
    private static final RecordingProgress PROGRESS = new RecordingProgress();

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new SelectionService(workbench);
        defaults = service.select(SelectionRequest.of(CaseId.SOUTH_ASIA, 99, 7), PROGRESS);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static SelectionResult.ActorSelection actor(SelectionResult result, String id) {
        return result.actor(id).orElseThrow(() -> new AssertionError("no " + id + " in " + result.system()));
    }

    /**
     * Every state with ten yearly growth rates gets a choice (the Soviet Union, 1990 only, does not);
     * each compares the four specifications and the drift at horizons 1, 3 and 5.
     */
    /** It tells its stages, reading then one step per state of the system, up to all of them. */
    @Test
    void theSelectionTellsItsStagesAndEachStateDone() {
        List<String> told = PROGRESS.told();
        int states = defaults.system().size();
        assertThat(told.stream().filter(t -> t.startsWith("stage: "))).hasSize(SelectionService.STAGES);
        assertThat(told).anySatisfy(t -> assertThat(t).startsWith("stage: comparing the specifications").endsWith("(" + states + " states)"));
        assertThat(told.get(told.size() - 1)).isEqualTo("done " + states);
    }

    @Test
    void everyStateOfTheSystemWithAHistoryGetsAChoice() {
        assertThat(defaults.system()).containsExactly("AFG", "CHN", "GBR", "IND", "JPN", "PAK", "RUS", "SUN", "USA");
        assertThat(defaults.actors()).extracting(SelectionResult.ActorSelection::id)
                .containsExactly("AFG", "CHN", "GBR", "IND", "JPN", "PAK", "RUS", "USA");
        assertThat(defaults.skipped()).extracting(CalibrationResult.Skipped::id).containsExactly("SUN");
        for (SelectionResult.ActorSelection a : defaults.actors()) {
            assertThat(a.specifications()).extracting(c -> c.specification().id()).containsExactly(
                    "richardson-levels", "growth-reaction", "ardl-ecm", "military-demand", "drift");
            assertThat(a.specification().positiveByConstruction()).isTrue();
        }
        // GBR and JPN face no hostile tie: only the drift can be estimated, and it is chosen.
        assertThat(actor(defaults, "GBR").specification()).isInstanceOf(RandomWalkWithDrift.class);
        assertThat(actor(defaults, "GBR").statement()).isEqualTo("GBR: drift, " + SpecificationSelection.NO_EVIDENCE);
    }

    /**
     * GDP = expenditure / SIPRI's share: India 2023, 83,334.46 US$ m at a share of 0.0244305076476938
     * (the bundled CSV's row), is 3,411.08 US$ bn. The drift's mu for India is its mean log growth,
     * ln(83,334.46 / 21,010.54) / 33 = 0.0417526607 (the CSV's 1990 and 2023 rows; no gap between).
     */
    @Test
    void gdpIsExpenditureOverShareAndTheDriftIsTheMeanLogGrowth() {
        ExpenditureHistory india = actor(defaults, "IND").history();
        assertThat(india.income(2023)).isCloseTo(3411.0818028551334, within(1e-9));
        Model drift = actor(defaults, "IND").specifications().get(4).fullWindow().model();
        assertThat(drift.coefficient("const")).isCloseTo(0.0417526607244304, within(1e-12));
        assertThat(drift.predict(india, 2023)).isCloseTo(india.level(2022) * Math.exp(0.0417526607244304),
                within(1e-9));
    }

    /**
     * India's and China's drift rows against an independent NumPy computation on the bundled CSV's
     * constant-dollar series 1990-2023 (l = log x; origins o = 10 .. 32, i.e. 2000-2022; q = mean
     * |diff(l[:o+1])|, mu = mean diff(l[:o+1])): India h = 1: 23 forecasts, MASE persistence
     * 0.8271940441419937, drift 0.7032745618660322, RMSE drift / persistence 0.7691565721617031; h = 5: 19,
     * 4.150820009229441, 1.6229162336537049, 0.4286540512397608. China h = 1: 0.8625251465141733,
     * 0.3452145061917738, 0.46404789952661046.
     */
    @Test
    void theDriftRowsMatchAnIndependentComputationOnTheCsv() {
        RollingOriginEvaluation.Result india = actor(defaults, "IND").specifications().get(4).evaluation();
        RollingOriginEvaluation.Accuracy one = india.at(1).orElseThrow();
        assertThat(one.forecasts()).isEqualTo(23);
        assertThat(one.masePersistence()).isCloseTo(0.8271940441419937, within(1e-10));
        assertThat(one.maseDrift()).isCloseTo(0.7032745618660322, within(1e-10));
        assertThat(one.rmseRatioPersistence()).isCloseTo(0.7691565721617031, within(1e-10));
        RollingOriginEvaluation.Accuracy five = india.at(5).orElseThrow();
        assertThat(five.forecasts()).isEqualTo(19);
        assertThat(five.masePersistence()).isCloseTo(4.150820009229441, within(1e-10));
        assertThat(five.maseDrift()).isCloseTo(1.6229162336537049, within(1e-10));
        assertThat(five.rmseRatioPersistence()).isCloseTo(0.4286540512397608, within(1e-10));
        RollingOriginEvaluation.Accuracy china = actor(defaults, "CHN").specifications().get(4).evaluation().at(1)
                .orElseThrow();
        assertThat(china.masePersistence()).isCloseTo(0.8625251465141733, within(1e-10));
        assertThat(china.maseDrift()).isCloseTo(0.3452145061917738, within(1e-10));
        assertThat(china.rmseRatioPersistence()).isCloseTo(0.46404789952661046, within(1e-10));
    }

    @Test
    void theChosenDrawsAreAdmissibleAndDependOnTheSeedOnly() {
        SelectionResult again = service.select(SelectionRequest.of(CaseId.SOUTH_ASIA, 99, 7));
        for (SelectionResult.ActorSelection a : defaults.actors()) {
            AdmissibleDraws draws = a.draws();
            assertThat(draws.size()).isEqualTo(99);
            for (int i = 0; i < draws.size(); i++) {
                assertThat(draws.model(i).admissible()).isTrue();
            }
            assertThat(draws.candidates()).isEqualTo(draws.size() + draws.rejected());
            assertThat(draws.draws()).isDeepEqualTo(actor(again, a.id()).draws().draws());
        }
    }

    /**
     * The selection table: for each state and specification one row per horizon with scored forecasts
     * (one empty row when there is none), and exactly one specification marked chosen per state.
     */
    @Test
    void theSelectionTableMarksOneChoicePerState() {
        List<Report.Table> tables = SelectionTables.of(defaults);
        assertThat(tables).extracting(Report.Table::id).containsExactly("selection", "selection-choice",
                "selection-fits");
        Report.Table selection = tables.get(0);
        int specification = selection.columns().indexOf("specification");
        int chosen = selection.columns().indexOf("chosen");
        int horizon = selection.columns().indexOf("horizon");
        for (SelectionResult.ActorSelection a : defaults.actors()) {
            List<List<Object>> rows = selection.rows().stream().filter(r -> r.get(0).equals(a.id())).toList();
            assertThat(rows.stream().filter(r -> "yes".equals(r.get(chosen))).map(r -> r.get(specification))
                    .distinct().toList()).containsExactly(a.specification().id());
            assertThat(rows.stream().filter(r -> r.get(specification).equals("drift")).map(r -> r.get(horizon))
                    .toList()).containsExactlyElementsOf(RollingOriginEvaluation.HORIZONS);
        }
        Report.Table choice = tables.get(1);
        assertThat(choice.rows()).hasSize(defaults.actors().size());
        assertThat(choice.columns()).contains("rejection_rate", "evidence");
    }

    /**
     * China's levels equation (MASE 0.226 against persistence's 0.816 and the drift's 0.308) and its demand
     * equation (whole-window lambda outside |lambda| < 1) beat both baselines at horizon 1 but are not
     * eligible: the drift's row says so instead of "no specification beats both baselines".
     */
    @Test
    void theDriftsReasonNamesTheSpecificationsThatBeatTheBaselinesButAreNotEligible() {
        SelectionResult.ActorSelection china = actor(defaults, "CHN");
        assertThat(china.specification().id()).isEqualTo("drift");
        assertThat(china.choice().reason()).isEqualTo(SpecificationSelection.NO_EVIDENCE + ": richardson-levels and"
                + " military-demand beat both baselines at horizon 1 but are not eligible (richardson-levels: in levels:"
                + " not positive by construction; military-demand: estimate outside |lambda| < 1 (stable partial"
                + " adjustment)); no eligible specification does");
        assertThat(actor(defaults, "IND").choice().reason()).isEqualTo(SpecificationSelection.NO_EVIDENCE
                + ": no specification beats both baselines at horizon 1");
    }

    /**
     * The choice depends on which ATOP obligations are ties: without neutrality and non-aggression pacts
     * (the Treaty of Amity and Cooperation's coding), Japan faces a hostile China whose partners no longer
     * include Japan itself, and Russia's threat series changes; both then take the growth reaction, which
     * beats persistence and the drift at one year, where every obligation type leaves them on the drift.
     * The data note says which scope the threat used.
     */
    @Test
    void theChoiceDependsOnWhichObligationsAreTies() {
        SelectionResult commitments = service.select(new SelectionRequest(CaseId.SOUTH_ASIA, YearRange.open(), 999, 1,
                List.of(), Carry.FORWARD, ObligationScope.COMMITMENTS));
        assertThat(actor(defaults, "JPN").specification().id()).isEqualTo("drift");
        assertThat(actor(defaults, "RUS").specification().id()).isEqualTo("drift");
        assertThat(actor(commitments, "JPN").specification().id()).isEqualTo("growth-reaction");
        assertThat(actor(commitments, "RUS").specification().id()).isEqualTo("growth-reaction");
        assertThat(commitments.obligations()).isEqualTo(ObligationScope.COMMITMENTS);
        // Japan's reaction is negative (its growth falls as China's grows): the evidence says so, in words
        assertThat(actor(commitments, "JPN").evidence()).isEqualTo("evidence of reaction (beats baselines; 90%"
                + " interval of reaction excludes 0: negative, expenditure falls as the threat grows)");
        assertThat(actor(commitments, "RUS").evidenceOfReaction()).isFalse();
        assertThat(SelectionTables.of(commitments).get(0).notes()).anySatisfy(n -> assertThat(n)
                .contains("Obligation scope 'commitments': ATOP neutrality and non-aggression obligations are not"
                        + " tie evidence"));
        assertThat(SelectionTables.of(defaults).get(0).notes()).noneSatisfy(n -> assertThat(n)
                .contains("Obligation scope"));
    }

    @Test
    void aTooShortWindowNamesItsParameter() {
        assertThatThrownBy(() -> service.select(new SelectionRequest(CaseId.SOUTH_ASIA, YearRange.of(2015, 2023), 10,
                1, List.of(), Carry.FORWARD, ObligationScope.ALL))).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("from");
    }
}
