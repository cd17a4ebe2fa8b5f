package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.counterweight.core.model.CameoCode;

/**
 * Codes events in CAMEO (Gerner, Schrodt, Yilmaz &amp; Abu-Jabr 2002; CAMEO manual 1.1b3) from a
 * verb lexicon, in the manner of dictionary-based coders such as TABARI and PETRARCH (Schrodt
 * 2001; Norris, Schrodt &amp; Beieler 2017) but without a parser: source and target are the
 * subjects and object of the verb's clause as {@link Participants} reads them. The Goldstein
 * (1992) weight and the event's name come from the codebook given; a code missing from it is not
 * coded. PLOVER categories follow the PLOVER-CAMEO crosswalk at root-code level (Halterman et al.
 * 2023, "PLOVER and POLECAT").
 *
 * <p>Coding conventions taken from the CAMEO manual: a compound source or a plural reference with
 * no target ("Russia and Pakistan inked", "the two countries concluded") gives reciprocal events
 * in both directions; a visit or meeting "in" a place gives 042 (make a visit) from the visitor
 * and 043 (host a visit) from the host; meetings (040), calls (041), negotiations (046, also "met
 * ... to discuss"), signings (057), joint exercises (062: "a joint exercise between X and Y", "the
 * X-Y exercise") and clashes (190: "a clash with") are reciprocal; the partner of a cooperative act
 * may be named after "with" later in its clause, and the recipient of aid or of its suspension
 * after "to"; an appeal to stop or change course ("urged New Delhi to avoid ...") is 0242; expressions of intent (03x) are refined by what follows
 * the verb in its clause (economic 0311, military 0312, aid 0331/0332, meeting 036), and
 * deliveries (07x) by the words right after the verb (arms: 072, as in the manual's example "The
 * United States continued to send arms to Pakistan"; money: 071; anything else is not coded); a more
 * specific consultation code (042, 043, 046) supersedes 040 for the same dyad in a clause. A
 * cooperative verb (root codes 01-05) whose clause names no actor but a known agreement takes that
 * agreement's parties as reciprocal participants ("the agreements concluded during the 2+2
 * dialogue").
 * Verbs that are negated ("refrained from criticizing"), hypothetical ("could sign", "potential
 * sanctions") or recommended ("should sign") are not coded. An event's span runs from the verb to
 * its target.
 */
public final class EventCoder {
    private enum Refinement {
        NONE, INTENT, AID, MEETING, APPEAL,
        /** A sale: of arms, military aid (072); of goods (oil, wheat...), trade (061, both ways); of anything else, no event. */
        SALE,
        /**
         * A purchase from a supplier named after "from", coded as the supplier's act towards the buyer: of
         * arms, military aid (072); of goods, trade (061, both ways); of anything else, no event.
         */
        PURCHASE,
        /** A speech act whose targets are the actors (and agreements' parties) of the clause it reports. */
        REPORTED,
        /** A visit named by its visitor after "of" or "by" and its host after "to" ("the visit of Doval to the US"). */
        VISIT_BY,
        /**
         * Aid cut, suspended or withheld, where no word next to the verb says what aid (the rules that do, "suspended
         * military aid", come first): military (1622) when its sentence says military or security, economic
         * (1621) when it says economic or trade, else military when the article speaks of military or security aid
         * (the aid it means), else unspecified (162).
         */
        AID_CUT
    }

    /**
     * @param mutual whether the act is done together, so that it is coded in both directions
     *               whatever the clause's grammar ("clashed with", "a joint exercise with")
     */
    private record Rule(String regex, String code, double confidence, Refinement refinement, boolean mutual) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:signed|inked|concluded(?! (?:in|on|at|with|after|before)\\b)|entered into|finali[sz]ed|ratified|sealed"
                    + "|(?<!the )signing|signs|inks|(?:sign|ink)(?= (?:\\w+ ){0,2}(?:pacts?|deals?|agreements?|accords?|treat(?:y|ies)|MoUs?)\\b)"
                    + "|agree(?:s|d)?(?! to\\b)(?= (?:on )?(?:[\\w-]+,? ){0,4}(?:pacts?|deals?|accords?|treat(?:y|ies))\\b)"
                    + "|reached (?:a|an) (?:[\\w$.-]+ ){0,3}(?:deal|agreement|accord))",
                    "057", 0.8),
            rule("(?:agreed to|backed|endorsed|supported) (?:the |its |their )?(?:membership|bid|accession|entry|candidacy)",
                    "051", 0.7),
            rule("(?:commend(?:ed|s|ing)|prais(?:ed|es|ing)|welcom(?:ed|es|ing)|laud(?:ed|s|ing)|hail(?:ed|s|ing)"
                    + "|appreciat(?:ed|es|ing)|thanked|indicated support|expressed support"
                    + "|endorsed|backed|supported|expressed (?:his |her |its |their )?(?:deep |sincere )?(?:appreciation|gratitude))",
                    "051", 0.6),
            rule("(?:announced plans|pledge[ds]|vow(?:ed|s)|promise[ds]|(?<!remain )(?<!remains )commit(?:ted|s)(?! to (?:a|an|the)\\b)"
                    + "|agree[ds](?! with| that)|decide[ds] to|reiterated (?:its |their )?"
                    + "(?:desire|commitment|resolve|willingness)|expressed (?:its |their )?(?:interest|desire|willingness|readiness"
                    + "|intent|intention))", "030", 0.6, Refinement.INTENT),
            rule("(?:deliver(?:ed|s|ing)|suppl(?:ied|ying)|provide[ds]|gave(?! way)|extended|sent|transferred)", "070", 0.5, Refinement.AID),
            rule("armed(?<![-\u2010\u2011]armed)(?<!(?-i:Armed))(?= (?:the )?(?-i:[A-Z]))", "072", 0.5), // not "nuclear-armed Pakistan", "Armed Forces"
            rule("(?:sold|sells|selling)", "070", 0.5, Refinement.SALE),
            rule("(?:purchased|purchases|purchasing|bought|buys|buying|acquired|acquires|acquiring|procured|procures"
                    + "|procuring|imported|imports|importing)", "070", 0.5, Refinement.PURCHASE),
            rule("(?:rolled over|refinanced|loaned|lent|disbursed)", "071", 0.5),
            rule("(?:lifted|eased|relaxed|waived) (?:\\w+ ){0,2}(?:embargo(?:es)?|sanctions)", "085", 0.6),
            rule("(?:visit|trip|tour) (?:of|by)(?= (?:the )?(?-i:[A-Z]))", "042", 0.7, Refinement.VISIT_BY),
            rule("(?:visit(?:ed|s)|fl(?:ew|ies) (?:in)?to|travell?ed to|travels to|arrive[ds] in|land(?:ed|s) in|(?:state |official |surprise )?(?:visit|trip|stopover) to(?= (?:the )?(?-i:[A-Z])))",
                    "042", 0.7),
            rule("(?:host(?:ed|s)|received(?! (?:nearly |about |over |some |around |more than |less than |only )?(?:\\$|US\\$|USD|Rs|\\d)))",
                    "043", 0.6),
            rule("(?:(?:held|holds|hold|holding) (?:[\\w-]+ ){0,3}?talks|(?<!-)negotiat(?:ed|es|ing)(?! (?:table|process)\\b)"
                    + "|negotiations with|talks with)", "046", 0.6),
            rule("(?:after|following|during) (?:the |their |a |an )?(?:(?!of )[\\w-]+ ){0,2}?(?:talks|negotiations)\\b", "046", 0.6),
            rule("(?:after|following|during) (?:the |their |a |an |his |her )(?:(?!of )[\\w-]+ ){0,2}?(?:meeting|summit)\\b", "040", 0.6,
                    Refinement.MEETING),
            rule("(?:met|meets|meet(?= (?:for|with|in|at|on|to)\\b)|meeting with|(?<=(?:after|before|while) )meeting(?= (?:the )?(?-i:[A-Z]))|spoke (?:to|with)|speaks (?:to|with)"
                    + "|(?:held|holds|hold|holding) (?:a |an |the |their |his |her )?(?:[\\w-]+ ){0,3}?(?:meeting|summit|consultations)"
                    + "|consult(?:ed|s))", "040", 0.6, Refinement.MEETING),
            rule("(?:discuss(?:ed|es)|talked about|held discussions(?: on| about)?)", "040", 0.6),
            rule("(?:(?:telephonic|telephone|phone) (?:conversation|call|talk)s?)", "041", 0.6),
            rule("(?:summit|meeting|talks|conversation)(?= (?:\\w+ ){0,2}between\\b)", "040", 0.6, Refinement.MEETING),
            rule("(?:called for (?:an end to|a ceasefire|restraint|de-?escalation|the withdrawal|a halt))", "0256", 0.6),
            rule("(?:called on|calls on|call on|urge[ds]|urging|appeal(?:ed|s) to|press(?:ed|es|ing)(?= (?:the )?(?-i:[A-Z])))", "020", 0.6,
                    Refinement.APPEAL),
            rule("(?:abstain\\w*)", "010", 0.4),
            rule("(?:criticiz\\w+|criticis\\w+|condemn\\w*|denounc\\w+|censur(?:ed|es|ing)|slam(?:med|s|ming)|deplore[ds]|rebuk(?:ed|es)"
                    + "|took a jibe at|(?:hit|hits|hitting|lashed|lashes) out at|fum(?:ed|es|ing) (?:over|at)"
                    + "|(?:expressed|expresses|expressing|conveyed|conveys|conveying|voiced) (?:its |their |his |her )?"
                    + "(?:strong |firm |deep |serious |strongest )?(?:displeasure|opposition|dissatisfaction))", "111", 0.6),
            rule("(?:lodged|lodges|expressed|expresses|registered|conveyed)(?: (?:a|its|their|his|her))? [\"\u201c\u2018']?"
                    + "(?:strong |formal |strongest |firm )?(?:protests?)", "114", 0.6),
            rule("(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))", "112", 0.6),
            rule("(?:reject(?:ed|s|ing)|turn(?:ed|s) down|turning down|blocked|vetoed|refut(?:ed|es|e|ing)|den(?:ied|ying|ies|y)(?= (?:the )?\\S+(?: \\S+)? (?:any )?(?:bases"
                    + "|access|permission|the use|use|airspace|overflight)\\b))", "120", 0.5),
            rule("(?:threatened (?:military action|force|war|strikes?|to attack)|threatened military)", "138", 0.6),
            rule("(?:warned|warns|warning)(?= that\\b)", "111", 0.5, Refinement.REPORTED),
            rule("(?:threatened|threatens(?= (?:the )?(?-i:[A-Z])| to\\b)|caution(?:ed|s)(?= (?:the )?(?-i:[A-Z]))|(?<![,\u201d\"'] )(?:warned|warns))", "130", 0.5), // not "..., warns Pakistan": its speaker
            rule("(?:(?:suspend(?:ed|ing|s)?|cut(?:s|ting)?|halt(?:ed|ing|s)?|froze|freez(?:es|ing)|withh(?:e|o)ld(?:ing|s)?"
                    + "|stopp(?:ed|ing)|end(?:ed|ing)) (?:\\w+ ){0,3}?(?:military|security|defen[cs]e) (?:(?:and|or) \\w+ )?"
                    + "(?:aid|assistance|support)"
                    + "|(?:military|security|defen[cs]e) (?:support|aid|assistance) (?:dried up|(?:(?:has|have|had) been|was|were)"
                    + " (?:\\w+ )?(?:suspended|cut|frozen|halted|stopped|withheld)|ended))",
                    "1622", 0.6),
            rule("(?:(?:suspended|cut|halted|froze|withheld|stopped|ended) (?:\\w+ )?economic (?:aid|assistance|support))",
                    "1621", 0.6),
            rule("(?:suspend(?:ed|s|ing)?|cancel(?:l?ed|s|l?ing)?|cut(?:s|ting)?(?: off)?|halt(?:ed|s|ing)?|froze|freez(?:es|ing)"
                    + "|withh(?:e|o)ld(?:s|ing)?|stopp(?:ed|ing)|block(?:ed|s|ing)?|suspension (?:of|in)) (?:[\\w$.,-]+ ){0,4}?"
                    + "(?:aid|assistance|funding|funds|subsid(?:y|ies))\\b|aid freeze", "162", 0.5, Refinement.AID_CUT),
            rule("(?:impos(?:ed?|es|ing) (?:\\w+ )?sanctions|sanctioned|slap(?:ped|s) sanctions)", "163", 0.6),
            new Rule("(?:(?:held|holding|conducted|conducting) )?(?:(?:joint|bilateral|trilateral|combined|military|naval|air|army"
                    + "|defen[cs]e|counter-?terrorism) ){0,4}(?:exercises?|drills?|war ?games)(?![\\w-])"
                    + "(?! (?:of )?(?:restraint|influence|caution|control|power|leverage|its|their|his|her)\\b)", "062", 0.6,
                    Refinement.NONE, true),
            rule("(?:air ?strikes?|bombed|aerial attack|drone (?:attacks?|strikes?)|(?:missile )?strikes?(?= (?:on|in|inside|against)\\b)"
                    + "|launched (?:\\w+ ){0,2}(?:attacks?|strikes?))", "195", 0.5),
            rule("(?:fought (?:\\w+ ){0,2}wars?|went to war|attacks(?= (?:the )?(?-i:[A-Z]))|attacked|invade[ds]|ambushed)", "190", 0.6),
            new Rule("(?:clashed|clash(?:es)?(?= (?:with|between)))", "190", 0.6, Refinement.NONE, true));
    private static final Pattern ECONOMIC = Pattern.compile(
            "\\b(?:econom\\w*|trade|commerc\\w*|invest\\w*|business|financ\\w*|energy|infrastructure)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MILITARY = Pattern.compile(
            "\\b(?:militar\\w*|defen[cs]e|security|arms|weapons?|missiles?|jets?|aircraft|troops|training|exercises"
                    + "|helicopters?|fighters?|submarines?|frigates?|tanks|F-?\\d+s?|S-?400s?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Military aid named anywhere in an article: the aid an unqualified "aid" there means. */
    private static final Pattern MILITARY_AID = Pattern.compile(
            "\\b(?:(?:military|security|defen[cs]e) (?:aid|assistance)|Coalition Support Funds?)\\b", Pattern.CASE_INSENSITIVE);
    /** Goods whose sale or purchase is trade, economic cooperation (061). */
    private static final Pattern GOODS = Pattern.compile("\\b(?:oil|crude|gas|LNG|fuel|coal|wheat|grain|fertili[sz]ers?|food"
            + "|goods|energy)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AID = Pattern.compile("\\b(?:aid|assistance|loans?|grants?|credit|funding|bail-?out)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A meeting "to negotiate" or "for negotiations" is 046; one "to discuss" or "for talks" stays a meeting (040). */
    private static final Pattern NEGOTIATION = Pattern.compile("\\bnegotiat\\w+\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POLICY_CHANGE = Pattern.compile(
            "^\\W*(?:\\S+\\s){0,4}?to (?:avoid|stop|halt|end|reverse|reconsider|change|abandon|drop|cancel|scale back|curb)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Between a visitor and its host: title and name words, then "to" or "in" ("Ajit Doval to the"). */
    private static final Pattern HOST = Pattern.compile("^(?:\\s+[\\p{L}.'\u2019-]+){0,5}?\\s+(?:to|in)\\s+(?:the\\s+)?$");
    private static final Pattern GERUND = Pattern.compile("\\w+ing\\b");
    private static final Pattern GOVERNING_PREPOSITION = Pattern.compile(
            "\\b(?:on|of|for|from|against|in|into|towards?|at|without|upon)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING = Pattern.compile("\\b(?:meet|meeting|talks|negotiat\\w+|visit\\w*|summit)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A description referring back to an agreement: "the pact", "this deal", "the defence pact", "the agreement". */
    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(?:the|this|that)\\s+(?:[a-z-]+\\s+){0,2}(?:pact|deal|agreement|accord|treaty|memorandum|annex)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Acts done together, coded in both directions (CAMEO manual 1.1b3 on reciprocal events): meet, call, negotiate, sign, trade. */
    private static final Set<String> RECIPROCAL = Set.of("040", "041", "046", "057", "061");
    /** "with" right before an actor, after at most eight words that start no new act ("... exercises with"). */
    private static final Pattern COMITATIVE = beforeActor("with", true);
    /** "from" right before an actor, after at most eight words that start no new act ("purchased weapons from"). */
    private static final Pattern SUPPLIER = beforeActor("from", true);
    /**
     * "to", "for" or "from" right before an actor, after at most eight words that start no new act ("... coming to",
     * "$300 million in aid for", "stripped by Congress from"); "and" may come between.
     */
    private static final Pattern RECIPIENT = beforeActor("(?:to|for|from)", false);
    private static final Map<Integer, String> PLOVER = Map.ofEntries(Map.entry(1, "CONSULT"), Map.entry(2, "APPEAL"),
            Map.entry(3, "COOPERATE"), Map.entry(4, "CONSULT"), Map.entry(5, "COOPERATE"), Map.entry(6, "COOPERATE"),
            Map.entry(7, "AID"), Map.entry(8, "CONCEDE"), Map.entry(9, "CONSULT"), Map.entry(10, "DEMAND"),
            Map.entry(11, "DISAPPROVE"), Map.entry(12, "REJECT"), Map.entry(13, "THREATEN"), Map.entry(14, "PROTEST"),
            Map.entry(15, "MOBILIZE"), Map.entry(16, "SANCTION"), Map.entry(17, "COERCE"), Map.entry(18, "ASSAULT"),
            Map.entry(19, "ASSAULT"), Map.entry(20, "ASSAULT"));

    /**
     * The words between a cue and an actor that {@code preposition} links to it: at most eight words,
     * none starting a new act ("but", "while", "which", "who", "after", "before", "when", "said",
     * "says", and "and" when {@code andStartsAnAct}), then the preposition and an optional "the".
     */
    private static Pattern beforeActor(String preposition, boolean andStartsAnAct) {
        return Pattern.compile("^(?:\\s+(?!(?:" + (andStartsAnAct ? "and|" : "") + "but|while|which|who|after|before|when"
                + "|said|says)\\b)[\\w'\u2019-]+){0,8}\\s+" + preposition + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    }

    private static Rule rule(String regex, String code, double confidence) {
        return rule(regex, code, confidence, Refinement.NONE);
    }

    private static Rule rule(String regex, String code, double confidence, Refinement refinement) {
        return new Rule(regex, code, confidence, refinement, false);
    }

    /** All verbs in one lexicon, one capturing group per rule, tried in the order of {@link #RULES}. */
    private static final WordStarts.Lexicon VERBS;
    /** The number of the capturing group of each rule in {@link #VERBS}. */
    private static final int[] GROUPS = new int[RULES.size()];

    static {
        StringBuilder regex = new StringBuilder();
        int group = 1;
        for (int i = 0; i < RULES.size(); i++) {
            String rule = RULES.get(i).regex();
            regex.append(i == 0 ? "" : "|").append('(').append(rule).append(')');
            GROUPS[i] = group;
            group += 1 + Pattern.compile(rule).matcher("").groupCount();
        }
        VERBS = WordStarts.Lexicon.of(regex.toString());
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
     * @param parties the parties of each known agreement, by agreement id: the participants of a
     *                cooperative verb whose clause names an agreement but no actor ("the agreements
     *                concluded during the 2+2 dialogue")
     */
    List<Mention> code(SentenceContext c, Map<String, List<String>> parties, Set<String> laws) {
        String text = c.text();
        Sentence sentence = c.sentence();
        String s = c.words();
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MatchResult m : VERBS.matches(s, c.wordStarts())) {
            Rule rule = null;
            for (int i = 0; rule == null; i++) {
                rule = m.start(GROUPS[i]) >= 0 ? RULES.get(i) : null;
            }
            String lead = s.substring(Math.max(0, m.start() - 30), m.start());
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            if (Modality.negated(lead) || Modality.hypothetical(lead) || Modality.unrealised(lead)
                    || namesTheAct(rule, s, m.start()) || governedGerund(s, m.start(), lead)
                    || c.names().stream().anyMatch(n -> n.start() <= start && end <= n.end())) {
                continue;
            }
            Participants.Roles roles = switch (rule.refinement()) {
                case REPORTED -> reported(c, start, end, parties);
                case VISIT_BY -> visitorAndHost(c, end);
                default -> Participants.around(c, start, end);
            };
            int[] clause = c.clauses().at(start);
            String code = rule.refinement() == Refinement.AID_CUT ? aidCut(text, sentence)
                    : refine(rule, text.substring(end, rule.refinement() == Refinement.AID ? wordsAfter(text, end, clause[1], 6)
                            : clause[1]));
            if (code == null) {
                continue;
            }
            if ((code.charAt(0) == '0' && code.charAt(1) <= '6' || code.startsWith("07") || code.startsWith("162"))
                    && roles.objects().isEmpty() && roles.subjects().size() == 1) {
                roles = withPartner(c, roles, end, clause, code.startsWith("0") && !code.startsWith("07") ? COMITATIVE : RECIPIENT);
            }
            if (rule.refinement() == Refinement.PURCHASE) {
                roles = supplierToBuyers(c, roles, end, clause); // the supplier provides, the buyers receive
                if (roles == null) {
                    continue;
                }
            }
            List<String[]> dyads = dyads(code, roles, rule.mutual());
            if (code.equals("057") && namesLaw(c, clause, laws)) {
                continue; // a sanctions law signed by its own government is no act towards another state
            }
            List<String> signatories = code.equals("057") ? agreementParties(c, clause, parties) : List.of();
            if (!signatories.isEmpty() && (dyads.stream().anyMatch(d -> !signatories.contains(d[0]) || !signatories.contains(d[1]))
                    || dyads.isEmpty() && !roles.subjects().isEmpty() && signatories.containsAll(roles.subjects()))) {
                dyads = dyads(code, partiesOnly(signatories, roles), false); // only an agreement's parties sign it, and all of them
            }
            if (dyads.isEmpty() && roles.subjects().isEmpty() && roles.objects().isEmpty() && code.charAt(1) <= '5') {
                dyads = dyads(code, partiesOfAgreementIn(c.names(), clause, parties), false);
                if (dyads.isEmpty() && c.lastAgreement() != null && ANAPHOR.matcher(text.substring(clause[0], clause[1])).find()) {
                    dyads = dyads(code, asSubjects(parties.getOrDefault(c.lastAgreement(), List.of()), roles), false);
                }
            }
            for (String[] dyad : dyads) {
                String value = dyad[0] + " " + dyad[1] + " " + (dyad.length > 2 ? dyad[2] : code);
                if (seen.add(clause[0] + " " + value)) {
                    add(out, text.substring(start, roles.reachEnd()), start, roles.reachEnd(), sentence, dyad[0], dyad[1],
                            dyad.length > 2 ? dyad[2] : code, rule.confidence());
                }
            }
        }
        out.removeIf(e -> e.value().endsWith(" 040") && out.stream().anyMatch(o -> o != e
                && o.value().matches("\\S+ \\S+ 04[236]") && sameDyad(o.value(), e.value())
                && c.clauses().at(o.start())[0] == c.clauses().at(e.start())[0]));
        return out;
    }

    /**
     * The roles with the partner of a cooperative act named after "with" later in its clause, or the
     * recipient of aid (or of its suspension) named after "to", when the clause names one actor
     * before the act and none right after it ("Pakistan has agreed to conduct joint military
     * exercises with Russia": Russia; "US military aid has been stopped and only a trickle of civilian
     * aid is now coming to Pakistan": Pakistan).
     *
     * @param link {@link #COMITATIVE} or {@link #RECIPIENT}
     */
    private static Participants.Roles withPartner(SentenceContext c, Participants.Roles roles, int end, int[] clause,
            Pattern link) {
        String text = c.text();
        for (Mention a : c.actors()) {
            if (a.start() >= end && a.end() <= clause[1] && link.matcher(text.substring(end, a.start())).find()
                    && !roles.subjects().contains(a.value())) {
                return new Participants.Roles(roles.subjects(), List.of(a.value().split(" ")), roles.compound(), roles.agents(),
                        false, roles.reachStart(), Math.max(roles.reachEnd(), a.end()));
            }
        }
        return roles;
    }

    /**
     * The roles of a purchase turned round: the supplier named after "from" later in the clause is the
     * source, the buyers (the subjects) the targets; null when the clause names no supplier or no buyer.
     */
    private static Participants.Roles supplierToBuyers(SentenceContext c, Participants.Roles roles, int end, int[] clause) {
        if (roles.subjects().isEmpty()) {
            return null;
        }
        Participants.Roles supplier = withPartner(c, new Participants.Roles(roles.subjects(), List.of(), roles.compound(),
                roles.agents(), false, roles.reachStart(), roles.reachEnd()), end, clause, SUPPLIER);
        if (supplier.objects().isEmpty()) {
            return null;
        }
        return Participants.Roles.of(supplier.objects(), roles.subjects(), supplier.reachStart(), supplier.reachEnd());
    }

    /**
     * Whether a capitalised cue names an act rather than reports one: a joint act inside a name
     * ("the Malabar Naval Exercises"), or "Signing of ..." opening a heading or a sentence ("Signing of
     * COMCASA will enable India ...").
     */
    private static boolean namesTheAct(Rule rule, String s, int at) {
        return Character.isUpperCase(s.charAt(at)) && (rule.code().equals("062") && at > 0 || s.startsWith("Signing", at));
    }

    /**
     * Whether the cue is a gerund governed by a preposition, which names an act rather than asserts
     * it ("lifted embargoes on supplying weapons", "the cost of meeting"); "after", "before", "by",
     * "while" and "following" are not among those prepositions ("after meeting Modi" happened).
     */
    private static boolean governedGerund(String s, int at, String lead) {
        return GERUND.matcher(s).region(at, s.length()).lookingAt() && GOVERNING_PREPOSITION.matcher(lead).find();
    }

    /** Whether the clause names a known law (a sanction regime), which one state enacts. */
    private static boolean namesLaw(SentenceContext c, int[] clause, Set<String> laws) {
        return c.names().stream().anyMatch(n -> n.kind() == MentionKind.AGREEMENT && n.start() >= clause[0]
                && n.end() <= clause[1] && laws.contains(n.value()));
    }

    /** The parties of the known agreement the clause names, or none. */
    private static List<String> agreementParties(SentenceContext c, int[] clause, Map<String, List<String>> parties) {
        for (Mention n : c.names()) {
            if (n.kind() == MentionKind.AGREEMENT && n.start() >= clause[0] && n.end() <= clause[1]
                    && parties.containsKey(n.value())) {
                return parties.get(n.value());
            }
        }
        return List.of();
    }

    /** The roles kept to an agreement's parties: its parties named in the clause, else all of them, reciprocal. */
    private static Participants.Roles partiesOnly(List<String> signatories, Participants.Roles roles) {
        List<String> named = new ArrayList<>();
        for (String id : roles.subjects()) {
            if (signatories.contains(id) && !named.contains(id)) {
                named.add(id);
            }
        }
        for (String id : roles.objects()) {
            if (signatories.contains(id) && !named.contains(id)) {
                named.add(id);
            }
        }
        return asSubjects(named.size() >= 2 ? named : signatories, roles);
    }

    private static Participants.Roles asSubjects(List<String> ids, Participants.Roles roles) {
        return Participants.Roles.of(ids, List.of(), roles.reachStart(), roles.reachEnd());
    }

    /**
     * The roles of a speech act that reports a clause ("Pakistan warned that the US-India BECA deal
     * ..."): its subjects, and as objects the actors named in the reported clause with the parties of
     * the known agreements it names (the actors criticised).
     */
    private static Participants.Roles reported(SentenceContext c, int start, int end, Map<String, List<String>> parties) {
        Participants.Roles speaker = Participants.around(c, start, end);
        int[] content = c.clauses().at(Math.min(c.sentence().end() - 1, c.clauses().at(start)[1] + 1));
        List<String> objects = new ArrayList<>();
        int reach = end;
        for (Mention n : c.names()) {
            if (n.start() >= content[0] && n.end() <= content[1]) {
                List<String> ids = n.kind() == MentionKind.ACTOR ? List.of(n.value().split(" "))
                        : parties.getOrDefault(n.value(), List.of());
                for (String id : ids) {
                    if (!objects.contains(id) && !speaker.subjects().contains(id)) {
                        objects.add(id);
                        reach = Math.max(reach, n.end());
                    }
                }
            }
        }
        return Participants.Roles.of(speaker.subjects(), objects, speaker.reachStart(), reach);
    }

    /**
     * The roles of a visit named by its visitor and host ("the visit of National Security Adviser Ajit
     * Doval to the U.S."): the first actor after the cue visits the first actor named after "to" or
     * "in" within the next few words; no roles when either is missing.
     */
    private static Participants.Roles visitorAndHost(SentenceContext c, int end) {
        String text = c.text();
        Mention visitor = null;
        for (Mention a : c.actors()) {
            if (visitor == null && a.start() >= end && a.start() - end <= 40) {
                visitor = a;
            } else if (visitor != null && a.start() > visitor.end() && !a.value().equals(visitor.value())
                    && HOST.matcher(text.substring(visitor.end(), a.start())).matches()) {
                return Participants.Roles.of(List.of(visitor.value().split(" ")), List.of(a.value().split(" ")), end, a.end());
            }
        }
        return Participants.Roles.of(List.of(), List.of(), end, end);
    }

    /** Roles whose subjects are the parties of the first known agreement named in the clause, if any. */
    private static Participants.Roles partiesOfAgreementIn(List<Mention> names, int[] clause, Map<String, List<String>> parties) {
        for (Mention n : names) {
            if (n.kind() == MentionKind.AGREEMENT && n.start() >= clause[0] && n.end() <= clause[1]
                    && parties.containsKey(n.value())) {
                return Participants.Roles.of(parties.get(n.value()), List.of(), n.start(), n.end());
            }
        }
        return Participants.Roles.of(List.of(), List.of(), clause[0], clause[0]);
    }

    /** The code of an aid cut (see {@link Refinement#AID_CUT}). */
    private static String aidCut(String text, Sentence sentence) {
        String s = text.substring(sentence.start(), sentence.end());
        return MILITARY.matcher(s).find() ? "1622" : ECONOMIC.matcher(s).find() ? "1621"
                : MILITARY_AID.matcher(text).find() ? "1622" : "162";
    }

    /** The offset after at most {@code words} words from {@code from}, within {@code limit}. */
    private static int wordsAfter(String text, int from, int limit, int words) {
        int at = from;
        for (int w = 0; w <= words && at < limit; w++) {
            int space = text.indexOf(' ', at + 1);
            at = space < 0 || space > limit ? limit : space;
        }
        return at;
    }

    private static boolean sameDyad(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return x[0].equals(y[0]) && x[1].equals(y[1]) || x[0].equals(y[1]) && x[1].equals(y[0]);
    }

    private static String refine(Rule rule, String rest) {
        return switch (rule.refinement()) {
            case NONE -> rule.code();
            case INTENT -> AID.matcher(rest).find() ? (MILITARY.matcher(rest).find() ? "0332" : "0331")
                    : ECONOMIC.matcher(rest).find() ? "0311"
                    : MILITARY.matcher(rest).find() ? "0312"
                    : MEETING.matcher(rest).find() ? "036" : rule.code();
            case AID -> MILITARY.matcher(rest).find() ? "072" : AID.matcher(rest).find() ? "071" : null;
            case SALE, PURCHASE -> MILITARY.matcher(rest).find() ? "072" : GOODS.matcher(rest).find() ? "061" : null;
            case MEETING -> NEGOTIATION.matcher(rest).find() ? "046" : rule.code();
            case APPEAL -> POLICY_CHANGE.matcher(rest).find() ? "0242" : rule.code();
            case REPORTED, VISIT_BY, AID_CUT -> rule.code();
        };
    }

    /**
     * Source-target pairs: each subject to each coordinated object; with no object, reciprocal pairs among
     * several subjects, and with no subject, among several coordinated objects ("agreements
     * concluded between India and the US"); a visit or meeting in a place also gives the host's event. A place ("the
     * violence in Ukraine") is not the target of any other event.
     *
     * @param mutual whether each subject-object pair is coded in both directions (see {@link Rule#mutual})
     */
    private static List<String[]> dyads(String code, Participants.Roles roles, boolean mutual) {
        List<String[]> out = new ArrayList<>();
        boolean meeting = code.equals("040") || code.equals("042") || code.equals("043") || code.equals("046");
        boolean force = code.startsWith("19"); // "strikes in Pakistan": the place is the target
        if (!roles.objects().isEmpty() && !roles.subjects().isEmpty() && (meeting || force || !roles.locationObject())) {
            for (String target : roles.objects()) {
                addDyads(out, code, roles, target, mutual);
            }
        } else if (roles.subjects().size() >= 2 || roles.subjects().isEmpty() && roles.objects().size() >= 2) {
            List<String> s = roles.subjects().isEmpty() ? roles.objects() : roles.subjects();
            for (int i = 0; i < s.size(); i++) {
                for (int j = 0; j < s.size(); j++) {
                    if (i != j) {
                        out.add(new String[] {s.get(i), s.get(j)});
                    }
                }
            }
        }
        return out;
    }

    /** The dyads of each subject with one target (see {@link #dyads}). */
    private static void addDyads(List<String[]> out, String code, Participants.Roles roles, String target, boolean mutual) {
        boolean visit = code.equals("042") || code.equals("040") && roles.locationObject();
        for (String source : roles.subjects()) {
            if (source.equals(target)) {
                continue;
            }
            if (visit) {
                out.add(new String[] {source, target, "042"});
                out.add(new String[] {target, source, "043"});
            } else if (RECIPROCAL.contains(code) || mutual) {
                out.add(new String[] {source, target});
                out.add(new String[] {target, source});
            } else if (code.equals("043")) {
                out.add(new String[] {source, target, "043"});
                out.add(new String[] {target, source, "042"});
            } else {
                out.add(new String[] {source, target});
            }
        }
    }

    private void add(List<Mention> out, String surface, int start, int end, Sentence sentence, String source, String target,
            String code, double confidence) {
        CameoCode cameo = code == null ? null : codebook.get(code);
        if (cameo == null) {
            return;
        }
        out.add(new Mention(MentionKind.EVENT, surface, start, end, sentence.index(), source + " " + target + " " + cameo.code(),
                confidence, String.format(Locale.ROOT, "%s; Goldstein %.1f; PLOVER %s", cameo.name(), cameo.goldstein(),
                        PLOVER.get(cameo.rootCode()))));
    }
}
