package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.DatasetCoverage;

/**
 * Which SIPRI arms-transfer release holds an actor's trade in each year, by the merge rule of
 * {@link org.counterweight.app.DatasetReleases}: the newest release covering the actor that year (its
 * imports for a recipient, its exports for a supplier) holds its full record. A supplier no release
 * covers in a year has at most a partial record there: its deliveries to the recipients the releases
 * hold (the bundled extract: deliveries to India, Pakistan, China and Afghanistan from every
 * supplier), with SIPRI's export total of the year where a release holds one; the span names the
 * newest release spanning the year that holds such totals (else any of its deliveries).
 *
 * @param actor         the actor's name, for notes
 * @param imports       whether the record is of the actor's imports (else its exports)
 * @param spans         consecutive years read from one release, in order; years between spans (and
 *                      outside them) no release holds
 * @param held          what each release read holds of the actor in full, newest release first
 * @param newestLoaded  the newest release the request may read, whether or not it holds the actor
 */
public record ArmsRecord(String actor, boolean imports, List<Span> spans, List<ArmsCoverage> held,
        String newestLoaded) {

    /**
     * Years read from one release.
     *
     * @param complete whether the release holds the actor's full record in these years (false: some
     *                 of a supplier's deliveries only)
     */
    public record Span(String release, int firstYear, int lastYear, boolean complete) {
        /** "2019-2023", or "2019" for one year. */
        public String years() {
            return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "-" + lastYear;
        }
    }

    public ArmsRecord {
        spans = List.copyOf(spans);
        held = List.copyOf(held);
    }

    /**
     * The record of the actor with COW code {@code cow}.
     *
     * @param releases  the releases to read, newest first, with the years each spans
     * @param coverage  what each release holds in full
     * @param partial   releases holding part of the actor's exports, read for years no release covers
     */
    static ArmsRecord of(String actor, int cow, boolean imports, List<DatasetCoverage> releases,
            List<ArmsCoverage> coverage, Collection<String> partial) {
        ArmsCoverage.Side side = imports ? ArmsCoverage.Side.RECIPIENT : ArmsCoverage.Side.SUPPLIER;
        List<String> order = releases.stream().map(DatasetCoverage::version).toList();
        List<ArmsCoverage> held = coverage.stream().filter(c -> c.holds(side, cow) && order.contains(c.release()))
                .sorted(Comparator.comparingInt((ArmsCoverage c) -> order.indexOf(c.release()))
                        .thenComparingInt(ArmsCoverage::firstYear)).toList();
        int from = releases.stream().mapToInt(DatasetCoverage::firstYear).min().orElse(0);
        int to = releases.stream().mapToInt(DatasetCoverage::lastYear).max().orElse(-1);
        List<Span> spans = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            Span span = held.stream().filter(c -> c.covers(y)).findFirst()
                    .map(c -> new Span(c.release(), y, y, true))
                    .or(() -> releases.stream().filter(r -> !imports && partial.contains(r.version()) && r.covers(y))
                            .findFirst().map(r -> new Span(r.version(), y, y, false)))
                    .orElse(null);
            if (span != null) {
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && last.release().equals(span.release()) && last.complete() == span.complete()
                        && last.lastYear() == y - 1) {
                    spans.set(spans.size() - 1, new Span(last.release(), last.firstYear(), y, last.complete()));
                } else {
                    spans.add(span);
                }
            }
        }
        return new ArmsRecord(actor, imports, spans, held, order.isEmpty() ? null : order.get(0));
    }

    /** Whether no release holds any of the actor's trade. */
    public boolean isEmpty() {
        return spans.isEmpty();
    }

    public int firstYear() {
        return spans.get(0).firstYear();
    }

    public int lastYear() {
        return spans.get(spans.size() - 1).lastYear();
    }

    /** The last year of the actor's full record, or of what the releases hold of it when none is full. */
    public int lastCompleteYear() {
        return spans.stream().filter(Span::complete).mapToInt(Span::lastYear).max().orElse(lastYear());
    }

    /** "India's imports". */
    public String subject() {
        return actor + "'s " + (imports ? "imports" : "exports");
    }

    /** Whether a release holds every year of [first, last]. */
    public boolean holds(int first, int last) {
        int next = first;
        for (Span span : spans) {
            if (span.firstYear() <= next && span.lastYear() >= next) {
                next = span.lastYear() + 1;
            }
        }
        return next > last;
    }

    /**
     * The record over [first, last], refused when a release holds none of some of those years: there
     * the data do not say, which is not zero.
     */
    public ArmsRecord within(int first, int last) {
        List<Span> clipped = new ArrayList<>();
        int next = first;
        for (Span span : spans) {
            if (span.lastYear() < first || span.firstYear() > last) {
                continue;
            }
            if (span.firstYear() > next) {
                throw uncovered(first, last, next);
            }
            clipped.add(new Span(span.release(), Math.max(first, span.firstYear()), Math.min(last, span.lastYear()),
                    span.complete()));
            next = Math.min(last, span.lastYear()) + 1;
        }
        if (next <= last) {
            throw uncovered(first, last, next);
        }
        return new ArmsRecord(actor, imports, clipped, held, newestLoaded);
    }

    private InvalidRequestException uncovered(int first, int last, int year) {
        return new InvalidRequestException(year < firstYear() ? "from" : "to", "the years " + first + "-" + last
                + " are outside what the SIPRI releases loaded hold of " + subject() + " (" + describe()
                + "): the data do not say, which is not zero");
    }

    /** The spans as "1950-2018 release 2022, 2019-2023 release 2024". */
    public String describe() {
        return String.join(", ", spans.stream().map(s -> s.years() + " release " + s.release()).toList());
    }

    /** The releases read, sorted. */
    public List<String> releases() {
        return spans.stream().map(Span::release).distinct().sorted().toList();
    }
}
