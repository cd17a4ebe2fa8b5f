package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.counterweight.core.model.PartialDate;

/**
 * Terms of office of heads of government whose names date periods in analysts' prose ("since the
 * start of the Biden administration", "under the Modi government"). A small table, not a
 * knowledge base: the US presidents since 1989, the Indian prime ministers Vajpayee, Manmohan Singh
 * and Modi, and the Pakistani prime ministers since 2008 (caretakers left out).
 *
 * <p>Sources: US presidents take office on 20 January after their election (US Constitution, 20th
 * Amendment; dates as listed by the National Archives, "Presidents of the United States").
 * Indian prime ministers: Prime Minister's Office, "Former Prime Ministers" (pmindia.gov.in):
 * Vajpayee 16 May 1996 to 1 June 1996 and 19 March 1998 to 22 May 2004, Manmohan Singh 22 May 2004
 * to 26 May 2014, Modi from 26 May 2014. Pakistani prime ministers: Prime Minister's Office of
 * Pakistan, "Former Prime Ministers" (pmo.gov.pk): Yousaf Raza Gilani 25 March 2008 to 19 June 2012
 * (the Supreme Court's disqualification order), Raja Pervaiz Ashraf 22 June 2012 to 25 March 2013,
 * Nawaz Sharif 5 June 2013 to 28 July 2017, Shahid Khaqan Abbasi 1 August 2017 to 31 May 2018,
 * Imran Khan 18 August 2018 to 10 April 2022, Shehbaz Sharif 11 April 2022 to 14 August 2023 and
 * again from 4 March 2024.
 *
 * <p>A name may stand for several terms ("Bush", "Sharif", "Trump"): the term meant is the latest
 * one begun by the article's date (its last possible day, for a date given as a month or a year);
 * "the first/second X administration" picks X's term by number; without a date, only a name with a
 * single term is resolved.
 */
final class LeaderTerms {
    /** One term of office; {@code end} is null while it lasts. */
    record Term(List<String> names, PartialDate start, PartialDate end) {
        Term {
            names = List.copyOf(names);
        }
    }

    private static final List<Term> TERMS = List.of(
            term("1989-01-20", "1993-01-20", "George H. W. Bush", "George H.W. Bush", "H. W. Bush", "Bush"),
            term("1993-01-20", "2001-01-20", "Bill Clinton", "Clinton"),
            term("2001-01-20", "2009-01-20", "George W. Bush", "W. Bush", "Bush"),
            term("2009-01-20", "2017-01-20", "Barack Obama", "Obama"),
            term("2017-01-20", "2021-01-20", "Donald Trump", "Donald J. Trump", "Trump"),
            term("2021-01-20", "2025-01-20", "Joe Biden", "Joseph Biden", "Biden"),
            term("2025-01-20", null, "Donald Trump", "Donald J. Trump", "Trump"),
            term("1996-05-16", "1996-06-01", "Atal Bihari Vajpayee", "Vajpayee"),
            term("1998-03-19", "2004-05-22", "Atal Bihari Vajpayee", "Vajpayee"),
            term("2004-05-22", "2014-05-26", "Manmohan Singh", "Manmohan", "Singh"),
            term("2014-05-26", null, "Narendra Modi", "Modi"),
            term("2008-03-25", "2012-06-19", "Yousaf Raza Gilani", "Yousuf Raza Gilani", "Gilani"),
            term("2012-06-22", "2013-03-25", "Raja Pervaiz Ashraf", "Pervaiz Ashraf", "Ashraf"),
            term("2013-06-05", "2017-07-28", "Nawaz Sharif", "Sharif"),
            term("2017-08-01", "2018-05-31", "Shahid Khaqan Abbasi", "Abbasi"),
            term("2018-08-18", "2022-04-10", "Imran Khan", "Khan"),
            term("2022-04-11", "2023-08-14", "Shehbaz Sharif", "Shahbaz Sharif", "Sharif"),
            term("2024-03-04", null, "Shehbaz Sharif", "Shahbaz Sharif", "Sharif"));

    private LeaderTerms() {
    }

    private static Term term(String start, String end, String... names) {
        return new Term(List.of(names), PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }

    /**
     * The term a name refers to.
     *
     * @param name    as written ("Joe Biden", "Biden"); leading given names the table lacks are dropped
     * @param ordinal 1 or 2 for "the first/second X administration", 0 when not said
     * @param anchor  the article's date, or null
     * @return the term, or null when the name is unknown or ambiguous
     */
    static Term find(String name, int ordinal, PartialDate anchor) {
        String key = name.strip().replaceAll("\\s+", " ");
        List<Term> candidates = matching(key);
        while (candidates.isEmpty() && key.indexOf(' ') > 0) {
            key = key.substring(key.indexOf(' ') + 1);
            candidates = matching(key);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (ordinal > 0) {
            String person = candidates.get(candidates.size() - 1).names().get(0);
            List<Term> own = candidates.stream().filter(t -> t.names().get(0).equals(person)).toList();
            return ordinal <= own.size() ? own.get(ordinal - 1) : null;
        }
        if (anchor == null) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        Term best = null;
        for (Term t : candidates) {
            if (!t.start().earliest().isAfter(anchor.latest())) {
                best = t;
            }
        }
        return best;
    }

    private static List<Term> matching(String key) {
        List<Term> out = new ArrayList<>();
        for (Term t : TERMS) {
            if (t.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))) {
                out.add(t);
            }
        }
        out.sort((a, b) -> a.start().compareTo(b.start()));
        return out;
    }
}
