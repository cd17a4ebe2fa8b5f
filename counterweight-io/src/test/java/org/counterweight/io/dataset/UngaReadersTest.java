package org.counterweight.io.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterweight.core.model.IdealPoint;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.core.model.UnIssue;
import org.counterweight.core.model.UnRollCall;
import org.counterweight.core.model.VoteChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reference values: data/datasets/unga/SOURCE.md (coverage, row counts, sample rows). */
class UngaReadersTest {

    @Test
    void readsRollCallsWithIssues() throws IOException {
        Map<Integer, List<UnIssue>> issues;
        String issuesResource = TestData.resource("unga-votes", 2);
        try (Reader input = BundledDatasets.open(issuesResource)) {
            issues = UnRollCallReader.readIssues(input, issuesResource);
        }
        assertThat(issues.values().stream().mapToInt(List::size).sum()).isEqualTo(5_745);

        List<UnRollCall> rollCalls = TestData.readBundled(new UnRollCallReader(issues), "unga-votes", 1);

        assertThat(rollCalls).hasSize(6_203);
        assertThat(rollCalls.stream().mapToInt(UnRollCall::session).max().orElseThrow()).isEqualTo(74);
        assertThat(rollCalls.stream().map(UnRollCall::date).min(LocalDate::compareTo).orElseThrow())
                .isEqualTo(LocalDate.of(1946, 1, 1));
        assertThat(rollCalls.stream().map(UnRollCall::date).max(LocalDate::compareTo).orElseThrow())
                .isEqualTo(LocalDate.of(2020, 1, 14));
        UnRollCall first = rollCalls.get(0);
        assertThat(first.rcid()).isEqualTo(3);
        assertThat(first.resolution()).isEqualTo("R/1/66");
        assertThat(first.amendment()).isTrue();
        assertThat(first.paragraph()).isFalse();
        assertThat(rollCalls.stream().filter(r -> r.important() == null).count()).isEqualTo(605);
        assertThat(rollCalls.stream().filter(r -> Boolean.TRUE.equals(r.important())).count()).isEqualTo(411);
        assertThat(rollCalls).filteredOn(r -> r.rcid() == 77).singleElement()
                .satisfies(r -> assertThat(r.issues()).contains(UnIssue.PALESTINIAN_CONFLICT));
    }

    @Test
    void readsAllVotesStreaming() {
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        Set<Integer> states = new HashSet<>();
        TestData.streamBundled(new UnVoteReader(), "unga-votes", vote -> {
            counts.merge(vote.vote(), 1, Integer::sum);
            states.add(vote.ccode());
        });

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(870_109);
        assertThat(counts).containsEntry(VoteChoice.YES, 693_664).containsEntry(VoteChoice.ABSTAIN, 110_897)
                .containsEntry(VoteChoice.NO, 65_548);
        assertThat(states).hasSize(200);
    }

    @Test
    void unknownVoteNamesLineAndColumn() {
        TestData.assertBadInput(new UnVoteReader(), "rcid,ccode,vote\n3,2,yes\n3,20,absent\n", 3, "vote");
    }

    @Test
    void unknownIssueNamesColumn() {
        TestData.assertFails(() -> UnRollCallReader.readIssues(
                new StringReader("rcid,short_name,issue\n77,zz,Other\n"), TestData.BAD_FILE), 2, "short_name");
    }

    @Test
    void readsIdealPoints() {
        List<IdealPoint> points = TestData.readBundled(new IdealPointReader(), "unga-ideal-points-2025-07");

        assertThat(points).hasSize(11_440);
        assertThat(TestData.distinct(points, IdealPoint::ccode)).isEqualTo(199);
        assertThat(points.stream().mapToInt(IdealPoint::year).min().orElseThrow()).isEqualTo(1946);
        assertThat(points.stream().mapToInt(IdealPoint::year).max().orElseThrow()).isEqualTo(2024);

        IdealPoint india2000 = find(points, 750, 2000);
        assertThat(india2000.idealPointFp().getAsDouble()).isCloseTo(-0.597, within(0.0005));
        assertThat(india2000.idealPointAll().getAsDouble()).isCloseTo(-0.608, within(0.0005));
        assertThat(india2000.nVotesFp()).isEqualTo(68);
        assertThat(india2000.q5Fp().getAsDouble()).isCloseTo(-0.9258762, within(1e-7));
        assertThat(india2000.q95Fp().getAsDouble()).isCloseTo(-0.3179564, within(1e-7));
        assertThat(find(points, 2, 2000).idealPointFp().getAsDouble()).isCloseTo(2.557, within(0.0005));
        assertThat(find(points, 770, 2000).idealPointAll().getAsDouble()).isCloseTo(-1.148, within(0.0005));

        IdealPoint india2024 = find(points, 750, 2024);
        assertThat(india2024.idealPointFp().getAsDouble()).isCloseTo(-0.201, within(0.0005));
        assertThat(india2024.idealPointAll()).isEmpty();
        assertThat(india2024.nVotesAll()).isNull();
        assertThat(points).filteredOn(p -> p.year() == 2024).allMatch(p -> p.idealPointAll().isEmpty());
    }

    @Test
    void readsFocalDyadAgreement() {
        List<UnAgreement> rows = TestData.readBundled(new UnAgreementReader(), "unga-agreement-derived");

        assertThat(rows).hasSize(6_796);
        assertThat(rows).allMatch(r -> r.ccode1() < r.ccode2() && r.year() >= 1946 && r.year() <= 2020);
        UnAgreement indiaPakistan1971 = find(rows, 750, 770, 1971);
        assertThat(indiaPakistan1971.agree()).isEqualTo(0.9444);
        assertThat(indiaPakistan1971.nJointVotes()).isEqualTo(108);
        assertThat(find(rows, 2, 750, 1971).agree()).isEqualTo(0.5492);
        assertThat(find(rows, 2, 770, 1971).nJointVotes()).isEqualTo(109);
        assertThat(find(rows, 2, 750, 2019).agree()).isEqualTo(0.2722);
        assertThat(find(rows, 750, 770, 2019).nJointVotes()).isEqualTo(89);
    }

    @Test
    void agreementAboveOneNamesColumn() {
        TestData.assertBadInput(new UnAgreementReader(), "ccode1,ccode2,year,agree,n_joint_votes\n"
                + "750,770,1971,1.2,108\n", 2, "agree");
    }

    @Test
    void nonNumericIdealPointNamesColumn() {
        TestData.assertBadInput(new IdealPointReader(), "ccode,year,idealpointfp,idealpointall,idealpointlegacy,"
                + "nvotesfp,nvotesall,nvotesLegacy,q5fp,q95fp,q5all,q95all\n750,2000,-0.6,high,,68,84,67,,,,\n",
                2, "idealpointall");
    }

    private static IdealPoint find(List<IdealPoint> rows, int ccode, int year) {
        return rows.stream().filter(r -> r.ccode() == ccode && r.year() == year).findFirst().orElseThrow();
    }

    private static UnAgreement find(List<UnAgreement> rows, int a, int b, int year) {
        return rows.stream().filter(r -> r.ccode1() == a && r.ccode2() == b && r.year() == year)
                .findFirst().orElseThrow();
    }
}
