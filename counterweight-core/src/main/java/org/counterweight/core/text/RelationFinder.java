package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds statements of a relation between two actors, with polarity, from a lexicon of relation
 * phrases of international-relations prose.
 *
 * <p>Two kinds of cue. <em>Symmetric</em> cues name a state of the relation itself ("ironclad",
 * "arch rivals", "strategic partnership", "trust deficit", "trade war", "convergence"); their pair
 * is a compound next to the cue ("ironclad Sino-Pak ties"), else the actors coordinated after it
 * ("closeness between India and the US"), else coordinated subjects ("Pakistan and India are arch
 * rivals"), else subject and object ("the US is fortifying ties with India"), else the two nearest
 * actors before it that act rather than are acted on, else the last pair named when the clause
 * says "the two countries", "their" or "this partnership", else, when the clause names one actor
 * only, that actor and the text's topic (the actor it names most: "the all-weather friendship
 * with Beijing" in an article about Pakistan; confidence 0.4). <em>Directed</em> cues say what one
 * actor does or feels towards another ("counter", "contain", "isolate", "threat to", "aligned
 * with", "support for", "reliance on", "views ... as a partner"); their pair is each subject with
 * the object (see {@link Participants}), or as for a symmetric cue when there is no object ("the
 * two countries fortify their ties"); a negative directed cue needs its object ("a threat to
 * regional peace" names no one). A negative cue after a verb of reduction ("decrease their trust
 * deficit", "ease tensions") or a negation ("refrained from criticizing") reads as positive; a
 * negated positive cue is not reported, but a positive one said to have ended ("no longer a
 * strategic partner", "ceased to be allies", "ended their alliance") reads as negative. Cues after a
 * modal, future or conditional ("could affect the relationship", "may irritate China") are not
 * reported, nor bare "allies", "partners" after a possessive pronoun ("its allies"), and a bare
 * relation noun is only paired with what its clause states, never with the text's topic. Overlapping cues give way to the longest. One statement
 * is reported per pair and polarity per clause; cues inside a name ("Shanghai Cooperation
 * Organization", "Basic Exchange and Cooperation Agreement") are ignored, and so are cues after
 * "should" or "must" in their clause (a recommendation, not a relation). A statement's span runs
 * from the cue, or an adjacent compound before it, to its last object.
 */
public final class RelationFinder {
    private record Cue(WordStarts.Lexicon lexicon, boolean positive, boolean directed, double strength) {
    }

    /** Verbs of seeing one actor as something: "views India as a partner", "sees Washington as a threat". */
    private static final String VIEWS = "sees|saw|views?|viewed|regards?|regarded|considers?|considered";
    private static final String TIES = "(?:ties|relations(?:hip)?s?|partnership|cooperation|engagement|links|bonds)";
    private static final List<Cue> CUES = List.of(
            symmetric(false, 0.9, "arch[-\\s]?rivals?|arch[-\\s]?enem(?:y|ies)|nemes(?:is|es)|sworn enem(?:y|ies)"),
            symmetric(false, 0.8, "rivalry|rivals|hostility|hostilities|hostile|enmity|antagonism|adversaries|adversarial|zero[-\\s]sum"
                    + "|opposing camps|(?:border|trade|proxy) wars?|cold wars?(?<!(?-i:Cold War))(?<!(?-i:Cold Wars))|wars? (?:between|with)|fought (?:\\w+ )?wars?"),
            symmetric(false, 0.6, "trust deficit|mistrust|distrust|suspicion|estrangement|rift|frosty|strained|straining|tensions?"
                    + "|disputes?|confrontation|stand-?off|skirmish(?:es)?|friction|acrimon(?:y|ious)|souring|soured"
                    + "|pressures? remain|rocky|troubled|uneasy|fraught|strains?|frustration|acrimony|bad blood|feud|spat"
                    + "|(?:cost|lost|eroded|squandered) (?:\\w+ ){0,2}goodwill|little goodwill|frictions?|clash(?:es)?"
                    + "|rival|adversary|angry exchanges|setbacks?|trust gap|new low|fray(?:ed|ing)|deteriorat(?:ed|ing|ion)"
                    + "|differences|wrecked|pressure tactics|far better days|low official level|nadir|downturn|downward slide"
                    + "|bad path|apprehensions?|grievances?|under (?:stress|strain)|point of contention|unfriendly|at odds"
                    + "|opposite sides|(?:conflict|hostilities|war) between|threatens? (?:the )?(?:bilateral )?(?:ties|relations)"
                    + "|(?:dogged|plagued|hampered|hobbled|clouded|soured|damaged|undermined|hurt) (?:the )?(?:[\\w.-]+ ){0,2}" + TIES),
            symmetric(true, 0.9, "ironclad|all[-\\s]weather|time[-\\s]tested|unbreakable|iron brothers|iron friends"
                    + "|(?:stand|stands|stood|standing) shoulder[-\\s]to[-\\s]shoulder"),
            symmetric(true, 0.7, "(?:natural|strategic|global|major|key|close|closest|prominent|reliable|trusted) (?:strategic )?"
                    + "(?:partners?(?:hip)?|all(?:y|ies)|friends?)|partnership|alliances?|allies|ally|friendship|friends?|partners?"
                    + "|entente|rapprochement|d\u00e9tente|detente|thaw|warming|goodwill|treaty ally"
                    + "|closeness|convergence|nexus|bonhomie|camaraderie|warmth|hand in hand|mutual interests?|common interests?"
                    + "|(?:strategic|defen[cs]e|military|economic|close|closer|warm|deep|deepening|growing|strong|stronger|cordial"
                    + "|friendly|robust|bilateral|upward|improving|cooperative) (?:and \\w+ )?" + TIES
                    + "|cooperative initiatives?|military cooperation|economic cooperation|defen[cs]e cooperation"
                    + "|strategic embrace|reached a breakthrough|changing of gears|upward trajectory|closer alliance|moved closer"
                    + "|arms (?:imports|exports|sales|supplies|transfers|deliveries)|(?:arms|weapons|defen[cs]e) supplier"
                    + "|(?:economic|trade|commercial|military|defen[cs]e) (?:activity|exchanges?|engagement)"
                    + "|(?:ties|relations?|relationship|partnership) (?:continues?|continued) to (?:grow|improve|deepen|strengthen)"
                    + "|progress in (?:our |their |the )?(?:\\w+ )?relationship|relations? (?:is|are|remains?) strong"
                    + "|long-standing partnership|defen[cs]e partners?"
                    + "|(?:become|grown) (?:strong|stronger|close|closer|warm|warmer|friendly)"
                    + "|friendly (?:nation|country|countries|state)|commonalities|(?:has|have|had) warmed|never closer"
                    + "|(?:much )?better relationship|stood (?:firmly )?(?:with|by)|traditional (?:ally|allies|friends?|partners?)"),
            directed(true, 0.7, "(?:fortify|fortifying|fortified|solidify|solidifying|solidified|bolster|bolstering|bolstered"
                    + "|strengthen|strengthening|strengthened|deepen|deepening|deepened|enhance|enhancing|enhanced|expand|expanding"
                    + "|expanded|cement|cementing|cemented|improve|improving|improved|boost|boosting|boosted|upgrade|upgraded"
                    + "|forge|forging|forged|build|building|built) (?:\\w+ )?(?:its |their |the )?" + TIES
                    + "|aligned with|alignment with|sided? with|tilt(?:ed|ing)? towards?|support(?:ed|s)? for|indicated support"
                    + "|backing (?:for|of)|reliance on|dependence on|(?:" + VIEWS + "|recogni[sz]es|recogni[sz]ed|designates?"
                    + "|designated) \\w+(?: \\w+)? as (?:an? |the )?[\"\u201c\u2018']?(?:\\w+ ){0,3}"
                    + "(?:partner|ally|friend|democracy|counterweight)|(?:calls|called|calling) \\w+(?: \\w+)? (?:an? |the |its |their )?"
                    + "(?:[\\w\u2019']+ ){0,3}(?:partner|ally|friend)|partner of|ally of|(?:relies|rely|relying|relied|leans?"
                    + "|leaning|leant|depends?|depending|depended|dependent) (?:\\w+ )?on|(?:drawing|draws|drew|moving|moves|moved"
                    + "|growing|grew) closer to|closer to|backed|backs|backing|shields?|shielded|shielding|buyers? of"
                    + "|access to|(?:largest|biggest|main|top) (?:\\w+ )?(?:market|supplier|buyer|creditor|lender|investor)"
                    + "|accounted for|accounts for|without abandoning|plac(?:es|ed|ing)? (?:a |an )?[\"\u201c]?(?:high |great |special )?"
                    + "premium[\"\u201d]? on|lean(?:s|ed|ing)? towards?"),
            directed(false, 0.6, "counterweight to|counterbalance|counter(?=\\s(?:a\\s|the\\s)?(?:rising|growing|expanding|\\p{Lu}))"
                    + "|contain(?:ing|ment of)?(?=\\s(?:a\\s|the\\s)?(?:rising\\s|growing\\s)?\\p{Lu})|isolate|isolating|isolation of"
                    + "|threat to|threats to|challenge to|irked|irks?|antagoni[sz]ed|loath to|sanctions? (?:against|on)"
                    + "|pressure on|call(?:ed|s)? on \\S+ (?:for|to) do(?:ing)? more|(?:support|aid|assistance) dried up"
                    + "|does not want|opposed|opposes|hostile to|suspicious of|wary of|criticiz\\w+|criticis\\w+|condemn\\w*"
                    + "|denounc\\w+|objects? to|objected to|concerns? (?:over|about)|contest with|competition with|aims? at"
                    + "|aimed at|rebuked?|swipe at|sanctions? on|mandates sanctions|sanctioned|deterrent against|spooked"
                    + "|unacceptable to|(?:" + VIEWS + "|perceives?|perceived) \\w+(?: \\w+)? as (?:an? |the )?(?:\\w+ ){0,2}"
                    + "(?:threat|rival|adversary|enemy|challenge)|threats? posed by|aggression (?:by|of|from)"
                    + "|destabili[sz]ing activities (?:by|of)"
                    + "|suspect(?:s|ed)?(?= \\p{Lu})|concerned (?:about|over|by|with)"));

    private static Cue symmetric(boolean positive, double strength, String regex) {
        return new Cue(WordStarts.Lexicon.of(regex), positive, false, strength);
    }

    private static Cue directed(boolean positive, double strength, String regex) {
        return new Cue(WordStarts.Lexicon.of(regex), positive, true, strength);
    }

    private static final Pattern REDUCTION = Pattern.compile(
            "\\b(?:decrease|decreasing|reduce|reducing|reduced|narrow|narrowing|bridge|bridging|overcome|overcoming|ease|easing"
                    + "|eased|end|ending|ended|resolve|resolving|resolved|defuse|defusing)\\b(?!\\s+to\\b)(?:\\s+\\w+){0,3}\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Bare relation nouns that say nothing of whose relation it is without a stated pair. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)(?:(?:close|closest|key|major|strategic|natural|reliable|trusted|treaty)\\s+)?(?:allies|ally|partners?|friends?"
                    + "|alliances?)");
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile(
            "\\b(?:its|our|his|her|your)['\u2019]?\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** What follows a cue that is part of an agreement's description ("defence cooperation agreement"), not a relation. */
    private static final Pattern AGREEMENT_HEAD = Pattern.compile(
            "^\\s+(?:agreements?|pacts?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)|framework)\\b", Pattern.CASE_INSENSITIVE);
    /** An agreement or intention to act, before a cue of changing a relation: "agreed to enhance cooperation". */
    private static final Pattern INTENDED = Pattern.compile(
            "\\b(?:agree[ds]?|decided|decides|pledged|pledges|vowed|vows|promised|promises|resolved|plan(?:s|ned)?|intends?"
                    + "|intended|aims?|aimed|seeks?|sought|wants?|wanted|hopes?|hoped) to\\s+(?:\\w+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** What lies between a possessor and a relation noun: "'s" and at most two words ("Pakistan's closest ally"). */
    private static final Pattern POSSESSOR = Pattern.compile("^['\u2019]s?\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "relations with", "ties between": the partner named right after is the other side of the relation. */
    private static final Pattern RELATION_WITH = Pattern.compile(
            "\\b" + TIES + "\\s+(?:with|between)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private RelationFinder() {
    }

    /**
     * The relation statements of one sentence.
     *
     * @param topic the actor the text is mostly about, the other side of a relation whose cue
     *              names only one ("the all-weather friendship with Beijing"); may be null
     */
    static List<Mention> find(SentenceContext c, String topic) {
        String text = c.text();
        Sentence sentence = c.sentence();
        String s = c.words();
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Match match : matches(s, c.wordStarts())) {
            Cue cue = match.cue();
            int start = sentence.start() + match.start();
            int end = sentence.start() + match.end();
            int[] clause = c.clauses().at(start);
            if (c.names().stream().anyMatch(n -> n.start() <= start && end <= n.end())
                    || Modality.recommended(text.substring(clause[0], start))) {
                continue; // a word of a name, or what someone should do (a recommendation, not a relation)
            }
            String lead = s.substring(Math.max(0, match.start() - 80), match.start());
            if (Modality.hypothetical(lead) || AGREEMENT_HEAD.matcher(s.substring(match.end())).find()
                    || cue.positive() && cue.directed() && INTENDED.matcher(lead).find()) {
                continue; // "could affect the relationship", "a defence cooperation agreement", "agreed to enhance ties"
            }
            String cueText = s.substring(match.start(), match.end());
            boolean generic = GENERIC.matcher(cueText).matches();
            Mention named = generic ? namedRightAfter(c, end) : null;
            if (generic && named == null && POSSESSIVE_PRONOUN.matcher(lead).find()) {
                continue; // "its allies", "our allies or partners": whose allies is not said
            }
            boolean ended = cue.positive() && Modality.ended(lead);
            boolean negated = !ended && Modality.negated(lead);
            if (negated && cue.positive()) {
                continue; // "did not deepen ties" says little about the relation's sign
            }
            Participants.Roles roles = Participants.around(c, start, end);
            boolean positive = !ended && (cue.positive() || negated || REDUCTION.matcher(lead).find());
            List<String[]> pairs = cue.directed() ? directedPairs(roles) : List.of();
            if (pairs.isEmpty() && !(cue.directed() && !cue.positive())) {
                pairs = symmetricPair(roles, generic); // a negative directed cue needs its object: "a threat to peace" is none
            }
            if (pairs.isEmpty() && !cue.directed()) {
                pairs = partnerOfRelation(c, roles, clause, start);
            }
            if (named != null) {
                pairs = withNamed(roles, named); // "its longstanding ally Riyadh", "Washington's partner India"
            }
            if (pairs.isEmpty() && generic && roles.agents().size() >= 2 && (modifiesCue(c, start) || possessesCue(c, start))) {
                pairs = List.<String[]>of(new String[] {roles.agents().get(1), roles.agents().get(0)}); // "Pakistan was a U.S. ally"
            }
            double confidence = cue.directed() ? 0.55 : 0.65;
            if (pairs.isEmpty() && !cue.directed() && !generic) {
                pairs = withTopic(roles, topic);
                confidence = 0.4;
            }
            for (String[] pair : pairs) {
                String value = sorted(pair) + " " + (positive ? "positive" : "negative");
                if (seen.add(clause[0] + " " + value)) {
                    out.add(new Mention(MentionKind.RELATION, text.substring(roles.reachStart(), roles.reachEnd()),
                            roles.reachStart(), roles.reachEnd(), sentence.index(), value, confidence,
                            String.format(Locale.ROOT, "cue \"%s\", strength %.1f", s.substring(match.start(), match.end()),
                                    cue.strength())));
                }
            }
        }
        return out;
    }

    private record Match(Cue cue, int start, int end) {
    }

    /** Every cue match of a sentence, longest first, without overlaps, then in text order. */
    private static List<Match> matches(String s, int[] starts) {
        List<Match> all = new ArrayList<>();
        for (Cue cue : CUES) {
            for (MatchResult m : cue.lexicon().matches(s, starts)) {
                all.add(new Match(cue, m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> m.start() - m.end()).thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static List<String[]> directedPairs(Participants.Roles roles) {
        List<String[]> pairs = new ArrayList<>();
        if (roles.objects().isEmpty()) {
            return pairs;
        }
        for (String object : roles.objects()) {
            for (String subject : roles.subjects()) {
                if (!subject.equals(object)) {
                    pairs.add(new String[] {subject, object});
                }
            }
        }
        return pairs;
    }

    /**
     * @param generic a bare noun such as "allies" or "partners": only a pair the clause states
     *                (compound, coordinated, subject and object) counts, not the agents before it
     */
    private static List<String[]> symmetricPair(Participants.Roles roles, boolean generic) {
        if (roles.compound().size() >= 2) {
            return List.<String[]>of(new String[] {roles.compound().get(0), roles.compound().get(1)});
        }
        if (roles.objects().size() >= 2) {
            return List.<String[]>of(new String[] {roles.objects().get(0), roles.objects().get(1)});
        }
        if (roles.subjects().size() >= 2) {
            return List.<String[]>of(new String[] {roles.subjects().get(0), roles.subjects().get(1)});
        }
        List<String[]> directed = directedPairs(roles);
        if (!directed.isEmpty()) {
            return directed;
        }
        if (roles.agents().size() >= 2 && !generic) {
            return List.<String[]>of(new String[] {roles.agents().get(1), roles.agents().get(0)});
        }
        return List.of();
    }

    /**
     * A symmetric cue after "relations with X" in its clause: X and the clause's subjects or agents
     * other than X or, failing those, the sentence's first other actor ("Pakistan once was an ally, but relations with Washington
     * have suffered setbacks"; "The U.S. relationship with Pakistan ... marked by mistrust").
     */
    private static List<String[]> partnerOfRelation(SentenceContext c, Participants.Roles roles, int[] clause, int cueStart) {
        String text = c.text();
        for (Mention a : c.actors()) {
            if (a.start() >= clause[0] && a.end() <= cueStart
                    && RELATION_WITH.matcher(text.substring(Math.max(clause[0], a.start() - 40), a.start())).find()) {
                if (a.value().indexOf(' ') > 0) {
                    return List.of();
                }
                List<String> other = new ArrayList<>(roles.subjects());
                other.remove(a.value());
                if (other.isEmpty()) {
                    other.addAll(roles.agents());
                    other.remove(a.value());
                }
                for (Mention first : c.actors()) {
                    if (other.isEmpty() && first.start() < a.start() && first.value().indexOf(' ') < 0
                            && !first.value().equals(a.value())) {
                        other.add(first.value()); // "Pakistan once was a U.S. ally, but relations with Washington have suffered"
                    }
                }
                List<String[]> pairs = new ArrayList<>();
                for (String id : other) {
                    pairs.add(new String[] {id, a.value()});
                }
                return pairs;
            }
        }
        return List.of();
    }

    /** The actor named right after a bare relation noun, in apposition ("its ally Japan"), or null. */
    private static Mention namedRightAfter(SentenceContext c, int cueEnd) {
        for (Mention a : c.actors()) {
            if (a.start() >= cueEnd) {
                return a.start() - cueEnd <= 1 && a.value().indexOf(' ') < 0 ? a : null;
            }
        }
        return null;
    }

    /** The clause's subjects, or agents, each paired with the actor named in apposition to the relation noun. */
    private static List<String[]> withNamed(Participants.Roles roles, Mention named) {
        List<String> holders = roles.subjects().isEmpty() ? roles.agents() : roles.subjects();
        List<String[]> pairs = new ArrayList<>();
        for (String id : holders) {
            if (!id.equals(named.value())) {
                pairs.add(new String[] {id, named.value()});
            }
        }
        return pairs;
    }

    /** Whether a possessive actor stands within three words before the cue ("Pakistan's closest ally"). */
    private static boolean possessesCue(SentenceContext c, int cueStart) {
        return c.actors().stream().anyMatch(a -> a.end() < cueStart && a.value().indexOf(' ') < 0
                && POSSESSOR.matcher(c.text().substring(a.end(), cueStart)).matches());
    }

    /** Whether an actor stands right before the cue as its modifier ("a firm U.S. ally"). */
    private static boolean modifiesCue(SentenceContext c, int cueStart) {
        return c.actors().stream().anyMatch(a -> a.end() < cueStart && cueStart - a.end() <= 1 && a.value().indexOf(' ') < 0);
    }

    /** A symmetric cue with one participant only: that participant and the text's topic. */
    private static List<String[]> withTopic(Participants.Roles roles, String topic) {
        List<String> one = !roles.objects().isEmpty() ? roles.objects() : !roles.subjects().isEmpty() ? roles.subjects()
                : roles.agents();
        if (topic == null || one.size() != 1 || one.get(0).equals(topic)) {
            return List.of();
        }
        return List.<String[]>of(new String[] {one.get(0), topic});
    }

    private static String sorted(String[] pair) {
        return pair[0].compareTo(pair[1]) <= 0 ? pair[0] + " " + pair[1] : pair[1] + " " + pair[0];
    }
}
