package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterweight.core.model.CameoCode;

/**
 * Codes events in CAMEO from a small verb lexicon, in the manner of dictionary-based coders such
 * as TABARI and PETRARCH (Schrodt 2001; Norris, Schrodt &amp; Beieler 2017) but without a parser:
 * the source is the nearest actor named before the verb ("Russia and Pakistan inked": Russia,
 * with Pakistan as target), the target the first other actor after it, else the second actor
 * before it, else the last pair named in earlier sentences when the sentence says "the two
 * countries" or "both". The Goldstein (1992) weight and the event's name come from the codebook
 * given; a verb whose code is missing from it is not coded. PLOVER categories follow the
 * PLOVER-CAMEO crosswalk at root-code level (Halterman et al. 2023, "PLOVER and POLECAT").
 *
 * <p>Verbs covered: sign / ink / conclude / enter into (057 sign formal agreement); agree to (050
 * diplomatic cooperation); meet / hold talks (040 consult); visit (042); express interest or
 * intent to cooperate (031); announce plans / reiterate desire (030); support / commend (051);
 * impose sanctions / sanctions against (163); military support dried up or suspended (1623 reduce
 * military assistance); criticise (111); abstain from a vote (010 statement, low confidence). A
 * negated verb ("refrained from criticizing") is skipped.
 */
public final class EventCoder {
    private record Rule(Pattern pattern, String code, double confidence) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:signed|inked|concluded|entered into|signing|sign|ink)\\b", "057", 0.8),
            rule("agreed to\\b", "050", 0.6),
            rule("(?:met|meeting with|held talks|hold talks|to hold a meeting)\\b", "040", 0.7),
            rule("visited\\b", "042", 0.7),
            rule("expressed (?:its |their )?(?:interest|intent)\\b", "031", 0.6),
            rule("(?:announced plans|reiterated (?:its |their )?desire)\\b", "030", 0.6),
            rule("(?:indicated support|supported|commended|endorsed)\\b", "051", 0.6),
            rule("(?:imposed? sanctions|sanctions against)\\b", "163", 0.6),
            rule("(?:military (?:support|aid|assistance) (?:dried up|was suspended|suspended))\\b", "1623", 0.6),
            rule("(?:criticiz\\w+|criticis\\w+|condemn\\w*)\\b", "111", 0.6),
            rule("abstain\\w*\\b", "010", 0.4));
    private static final Pattern NEGATION = Pattern.compile("(?:refrained from|did not|didn't|refused to|not)\\s\\w*\\s?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLURAL = Pattern.compile("\\b(?:the two (?:countries|states|nations)|both)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<Integer, String> PLOVER = Map.ofEntries(Map.entry(1, "CONSULT"), Map.entry(2, "APPEAL"),
            Map.entry(3, "COOPERATE"), Map.entry(4, "CONSULT"), Map.entry(5, "COOPERATE"), Map.entry(6, "COOPERATE"),
            Map.entry(7, "AID"), Map.entry(8, "CONCEDE"), Map.entry(9, "CONSULT"), Map.entry(10, "DEMAND"),
            Map.entry(11, "DISAPPROVE"), Map.entry(12, "REJECT"), Map.entry(13, "THREATEN"), Map.entry(14, "PROTEST"),
            Map.entry(15, "MOBILIZE"), Map.entry(16, "SANCTION"), Map.entry(17, "COERCE"), Map.entry(18, "ASSAULT"),
            Map.entry(19, "ASSAULT"), Map.entry(20, "ASSAULT"));

    private static Rule rule(String regex, String code, double confidence) {
        return new Rule(Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE), code, confidence);
    }

    private final Map<String, CameoCode> codebook = new HashMap<>();

    /** @param codebook the CAMEO codes with their Goldstein weights */
    public EventCoder(Collection<CameoCode> codebook) {
        for (CameoCode code : codebook) {
            this.codebook.put(code.code(), code);
        }
    }

    /**
     * The events of one sentence.
     *
     * @param previous the last pair of distinct actor ids named before this sentence, or null
     */
    public List<Mention> code(String text, Sentence sentence, List<Mention> actors, String[] previous) {
        List<Mention> out = new ArrayList<>();
        String s = text.substring(sentence.start(), sentence.end());
        for (Rule rule : RULES) {
            CameoCode code = codebook.get(rule.code());
            if (code == null) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            while (m.find()) {
                String lead = s.substring(Math.max(0, m.start() - 25), m.start());
                if (NEGATION.matcher(lead).find()) {
                    continue;
                }
                int start = sentence.start() + m.start();
                int end = sentence.start() + m.end();
                String[] pair = sourceTarget(actors, start, end);
                if (pair == null && previous != null && PLURAL.matcher(s).find()) {
                    pair = previous;
                }
                if (pair == null) {
                    continue;
                }
                out.add(new Mention(MentionKind.EVENT, m.group(), start, end, sentence.index(),
                        pair[0] + " " + pair[1] + " " + code.code(), rule.confidence(),
                        String.format(Locale.ROOT, "%s; Goldstein %.1f; PLOVER %s", code.name(), code.goldstein(),
                                PLOVER.get(code.rootCode()))));
            }
        }
        return out;
    }

    private static String[] sourceTarget(List<Mention> actors, int start, int end) {
        List<String> before = new ArrayList<>();
        for (Mention a : actors) {
            if (a.end() <= start) {
                for (String id : a.value().split(" ")) {
                    before.remove(id);
                    before.add(id);
                }
            }
        }
        if (before.isEmpty()) {
            return null;
        }
        // "Russia and Pakistan inked": the first of a coordinated subject is the source
        String source = before.get(before.size() - 1);
        if (before.size() >= 2) {
            Mention last = null;
            Mention secondLast = null;
            for (Mention a : actors) {
                if (a.end() <= start) {
                    secondLast = last;
                    last = a;
                }
            }
            if (last != null && secondLast != null && last.start() - secondLast.end() <= 6) {
                source = secondLast.value().split(" ")[0];
            }
        }
        for (Mention a : actors) {
            if (a.start() >= end) {
                for (String id : a.value().split(" ")) {
                    if (!id.equals(source)) {
                        return new String[] {source, id};
                    }
                }
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!before.get(i).equals(source)) {
                return new String[] {source, before.get(i)};
            }
        }
        return null;
    }
}
