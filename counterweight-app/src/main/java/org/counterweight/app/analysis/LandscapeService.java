package org.counterweight.app.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.landscape.ExhaustiveAlignmentSearch;
import org.counterweight.core.landscape.Landscape;
import org.counterweight.core.landscape.LandscapeAnalysis;
import org.counterweight.core.landscape.MultiStartDescentSearch;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.network.UserTables;

/**
 * Landscape theory of aggregation (Axelrod &amp; Bennett 1993): the energy of every two-bloc
 * configuration, every local minimum under single-actor moves with its basin, and each actor's
 * frustration. Exact up to {@value ExhaustiveAlignmentSearch#MAX_ACTORS_WITH_BASINS} actors (with
 * basins) or {@value #MAX_EXHAUSTIVE_ACTORS} (minima only); a seeded multi-start descent with a
 * proven lower bound beyond, within {@link #SEARCH_BUDGET}. Of the case's states in a year, sizes are NMC CINC (after NMC's
 * last year, that year's, carried forward and said so) and the propensity of two states is the signed
 * weight of their tie ({@link CaseSnapshot#alignment}), 0 without one; or of a user's files.
 */
public final class LandscapeService {
    /**
     * The most actors searched exhaustively: the scan doubles per actor (about 0.4 s at 25 on 2 cores,
     * so 3 s at 28, where 32 would take a minute); beyond, the multi-start descent with its proven
     * lower bound.
     */
    public static final int MAX_EXHAUSTIVE_ACTORS = 28;
    /** The wall time after which the multi-start descent begins no new start. */
    public static final Duration SEARCH_BUDGET = Duration.ofSeconds(5);

    private final Workbench workbench;

    public LandscapeService(Workbench workbench) {
        this.workbench = workbench;
    }

    public LandscapeResult landscape(LandscapeRequest request) {
        Landscape landscape;
        LandscapeResult.Input input;
        if (request.sizes() != null) {
            landscape = fromFiles(request.sizes(), request.propensities(), request.centre());
            input = new LandscapeResult.Files(request.sizes().name(), request.propensities().name(),
                    request.centre());
        } else {
            try (UnitOfWork work = workbench.begin()) {
                int year = request.year() != null ? request.year() : work.releases().nmc().lastYear();
                CaseSnapshot snapshot = work.snapshot(request.caseId(), year, year, request.carry())
                        .withObligations(request.obligations());
                List<String> ids = new ArrayList<>();
                List<Double> sizes = new ArrayList<>();
                Optional<Integer> carried = Optional.empty();
                for (Actor state : snapshot.statesIn(year)) {
                    BasedValue cinc = snapshot.cinc(state, year);
                    if (cinc.present()) {
                        ids.add(state.id());
                        sizes.add(cinc.value());
                        if (cinc.basis().kind() == Basis.Kind.CARRIED_FORWARD) {
                            carried = Optional.of(cinc.basis().fromYear());
                        }
                    }
                }
                if (ids.size() < 2) {
                    throw new InvalidRequestException("year", "fewer than two of the case's states have a CINC in "
                            + year);
                }
                landscape = Landscape.of(ids, sizes.stream().mapToDouble(Double::doubleValue).toArray(),
                        snapshot.alignment(ids, year, Set.of()));
                Map<String, String> names = new LinkedHashMap<>();
                ids.forEach(id -> names.put(id, snapshot.actor(id).map(Actor::name).orElse(id)));
                input = new LandscapeResult.CaseYear(year, carried, snapshot.coverage(year), names);
            }
        }
        return new LandscapeResult(input, search(landscape, request.starts(), request.seed()), request.minima(),
                request.starts(), request.seed());
    }

    private static LandscapeAnalysis search(Landscape landscape, int starts, long seed) {
        int n = landscape.actorCount();
        return n <= ExhaustiveAlignmentSearch.MAX_ACTORS_WITH_BASINS ? new ExhaustiveAlignmentSearch().search(landscape)
                : n <= MAX_EXHAUSTIVE_ACTORS ? new ExhaustiveAlignmentSearch(false).search(landscape)
                        : new MultiStartDescentSearch(starts, seed, SEARCH_BUDGET).search(landscape);
    }

    private static Landscape fromFiles(UserFile sizes, UserFile propensities, double centre) {
        Map<String, Double> sizeMap = UserTables.sizes(sizes.reader(), sizes.name());
        UserTables.Matrix matrix = UserTables.squareMatrix(propensities.reader(), propensities.name());
        List<String> names = matrix.actors();
        if (!sizeMap.keySet().containsAll(names) || !names.containsAll(sizeMap.keySet())) {
            throw new InputFormatException(sizes.name(), 0, "actor", "the actors of the sizes " + sizeMap.keySet()
                    + " and of the propensity matrix " + names + " differ");
        }
        double[] s = names.stream().mapToDouble(sizeMap::get).toArray();
        double[][] p = new double[names.size()][names.size()];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                p[i][j] = i == j ? 0 : matrix.values()[i][j] - centre;
            }
        }
        try {
            return Landscape.of(names, s, p);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(propensities.name(), 0, null, e.getMessage());
        }
    }
}
