package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.report.Report;

/** The table of a {@link SimilarityResult}: dyads by year with each measure, or a user's portfolios' measures. */
public final class SimilarityTables {
    private SimilarityTables() {
    }

    public static List<Report.Table> of(SimilarityResult result) {
        if (result instanceof SimilarityResult.Portfolios portfolios) {
            return List.of(portfolios(portfolios));
        }
        return List.of(dyads((SimilarityResult.DyadYears) result));
    }

    private static Report.Table dyads(SimilarityResult.DyadYears result) {
        boolean atop = result.source() == SimilarityRequest.Source.ATOP;
        List<String> columns = new ArrayList<>(List.of("year", "ccode1", "ccode2", "a", "b"));
        if (!atop) {
            columns.add("joint_votes");
        }
        columns.addAll(result.measures());
        columns.add("basis");
        Report.Table.Builder table = Report.Table.builder("similarity", atop ? "Alliance-portfolio similarity (ATOP "
                + result.atop() + ", CINC weights NMC " + result.nmc() + ")"
                : "UN General Assembly vote similarity (Voeten)", columns.toArray(String[]::new));
        for (SimilarityResult.DyadYear dyad : result.dyads()) {
            List<Object> row = new ArrayList<>(List.of(dyad.year(), dyad.ccode1(), dyad.ccode2(), dyad.a(), dyad.b()));
            if (!atop) {
                row.add(dyad.jointVotes());
            }
            row.addAll(dyad.values());
            row.add(dyad.basis());
            table.row(row.toArray());
        }
        if (atop) {
            if (result.named() && result.dyads().isEmpty()) {
                table.note("the states named were not both members of the COW state system in " + result.from() + "-"
                        + result.to());
            }
            table.note("Portfolios: each state's ATOP commitment to every system member (3 defence/offence, 2"
                    + " neutrality or non-aggression, 1 consultation, 0 none; 3 to itself). s_weighted weights items"
                    + " by CINC. Empty = undefined (tau-b, kappa, pi of constant portfolios). basis: observed, or"
                    + " carried-forward-from-Y after ATOP's last year (Y's commitments among the year's members; NMC's"
                    + " last CINC as weights after NMC ends).");
        } else {
            table.note("Codes no 0, abstain 1, yes 2 over the roll calls of the year in which both states voted"
                    + " (absence is missing, not a vote). Empty = undefined, or fewer than "
                    + UnAgreement.MIN_JOINT_VOTES + " joint votes (basis too-few-joint-votes): S from one or two"
                    + " joint votes would read 1 or -1; not-covered: no roll call of that year in the loaded votes."
                    + " Data: Voeten, UNGA voting data (roll calls to January 2020).");
        }
        return table.build(null);
    }

    private static Report.Table portfolios(SimilarityResult.Portfolios result) {
        Report.Table.Builder table = Report.Table.builder("similarity-portfolios", "Similarity of portfolios a and b"
                + " in " + result.file() + " (" + result.states() + " states, codes 0-" + (result.categories() - 1) + ")",
                "measure", "value");
        result.values().forEach(v -> table.row(v.measure(), v.value()));
        return table.build(null);
    }
}
