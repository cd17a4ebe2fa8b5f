package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A state discontinuity that ends a state's treaty obligations carried past ATOP's last year: the
 * government that made them fell (the Islamic Republic of Afghanistan when the Taliban took Kabul on
 * 15 August 2021). ATOP records nothing after its last year, so without such a row a carried
 * obligation would hold for ever; with it, the state's carried commitments hold in every year up to
 * the end's year and none after it (a tie holds in every year its period touches, as for curated
 * relations). The state itself stays a system member as COW lists it. Each row carries its source.
 *
 * @param cowCode the COW code of the state whose carried obligations end
 * @param state   the state (government) whose obligations end, as named in notes ("the Islamic Republic of Afghanistan")
 * @param date    the day the obligations end
 * @param event   what happened, one word or a few, as notes say it ("fall")
 * @param reason  the discontinuity in a sentence
 * @param source  the source, cited in full (title, publisher, date, address)
 * @param locator where in the source the date and event are stated (no quote: a locator)
 */
public record ObligationEnd(int cowCode, String state, LocalDate date, String event, String reason, String source,
        String locator) {

    public ObligationEnd {
        StateCodes.code(cowCode, "ccode");
        state = Checks.text(state, "state");
        Objects.requireNonNull(date, "date is required");
        Checks.year(date.getYear(), "date");
        event = Checks.text(event, "event");
        reason = Checks.text(reason, "reason");
        source = Checks.text(source, "source");
        locator = Checks.text(locator, "locator");
    }

    /** The year of the end: carried obligations of the state hold up to it and not after. */
    public int year() {
        return date.getYear();
    }

    /** Whether the state's carried obligations have ended by {@code year} (they still hold in the end's year). */
    public boolean endedBy(int year) {
        return year > year();
    }

    /** The basis label of a carried value that this end stopped: {@code carried-forward-from-2018-ended-2021}. */
    public String carriedBasis(int carriedFrom) {
        return carriedLabel(carriedFrom) + "-ended-" + year();
    }

    /** The basis label of a carried value: {@code carried-forward-from-2018}. */
    public static String carriedLabel(int carriedFrom) {
        return "carried-forward-from-" + carriedFrom;
    }

    /**
     * The sentence saying how ATOP obligations are carried past the release's last year, naming each
     * recorded end: "ATOP 5.1 ends in 2018: obligations in force then are carried, except those of the
     * Islamic Republic of Afghanistan after its fall on 2021-08-15 (source)". Ends before the last year
     * are left out: they stop no carried obligation.
     */
    public static String carryNote(String atop, int lastYear, List<ObligationEnd> ends) {
        String note = atop + " ends in " + lastYear + ": obligations in force then are carried";
        List<ObligationEnd> stopping = ends.stream().filter(e -> e.year() >= lastYear).toList();
        if (stopping.isEmpty()) {
            return note;
        }
        return note + ", except " + stopping.stream().map(e -> "those of " + e.state() + " after its " + e.event()
                + " on " + e.date() + " (" + e.source() + ")").collect(Collectors.joining(" and "));
    }
}
