package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.report.export.DynamicGraph;

/**
 * The case's signed network year by year as graphs to export ({@link NetworkGraphs}): the blocs are the
 * {@link BalanceService}'s optimal partitions of each year, the ties and sizes the case snapshot's.
 */
public final class NetworkService {
    private final Workbench workbench;

    public NetworkService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** One graph per year of the request. */
    public DynamicGraph graphs(NetworkRequest request) {
        YearRange asked = request.years();
        int first = asked.from() != null ? asked.from() : asked.to() != null ? asked.to() : BalanceRequest.DEFAULT_YEAR;
        int last = asked.to() != null ? asked.to() : first;
        if (last < first) {
            throw new org.counterweight.app.InvalidRequestException("to", "the last year (" + last + ") is before the"
                    + " first (" + first + ")");
        }
        BalanceResult balance = new BalanceService(workbench).balance(new BalanceRequest(request.caseId(),
                YearRange.of(first, last), null, null, false, request.carry(), request.obligations()));
        List<DynamicGraph.Year> years = new ArrayList<>();
        try (UnitOfWork work = workbench.begin()) {
            CaseSnapshot snapshot = work.snapshot(request.caseId(), first, last, request.carry())
                    .withObligations(request.obligations());
            for (int year = first; year <= last; year++) {
                int y = year;
                years.add(new DynamicGraph.Year(year, NetworkGraphs.of(snapshot.statesIn(year),
                        state -> snapshot.cinc(state, y), balance.network(String.valueOf(year)).frustration(),
                        snapshot.ties(year))));
            }
        }
        return new DynamicGraph(years);
    }
}
