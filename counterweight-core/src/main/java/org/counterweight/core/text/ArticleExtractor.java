package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.PartialDate;

/**
 * Reads one text and returns every finding with offsets into that same text: actors (gazetteer,
 * compounds, and people named with a title after their state: "India's Defense Minister Rajnath
 * Singh"), agreements (known ones, by name, short-name variant or as a process between their
 * parties, see {@link AgreementPhrases}; and proposed new ones: capitalised names ending in
 * Agreement, Act, Treaty, Dialogue, Working Group...), dates, amounts, relation statements, CAMEO events and
 * the author's assessments and recommendations (one per sentence).
 *
 * <p>Span conventions (those of the gold annotation): a name followed by its parenthesised
 * abbreviation is one mention ("Belt and Road Initiative (BRI)"); actors named inside an
 * agreement's name are mentions too, except a possessive inside a title.
 *
 * <p>Thread-safe once built. Time is linear in the length of the text: a text over 64 KiB (some
 * 10,000 words) is read in blocks cut at line breaks; abbreviations, the topic and the last pair
 * named do not carry from one block to the next.
 */
public final class ArticleExtractor {
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:Defen[cs]e Minister|Foreign Minister|Prime Minister|President|Foreign Secretary|Ambassador"
                    + "|Minister of [A-Z][a-z]+(?:\\s[A-Z][a-z]+)?|Secretary of [A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s"
                    + "((?:[A-Z]\\.\\s?)?[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)");
    private static final String ABBREVIATION_AFTER = "(?:\\s\\(([A-Za-z][A-Za-z0-9+]{1,12})\\))?";
    /**
     * Names of agreements not in the knowledge base: capitalised words ending in a head noun
     * ("Artemis Accords", "Line of Control Agreement", "Industrial Security Annex", "Coalition Support
     * Fund"), a head noun followed by its topic ("Initiative on Critical and Emerging Technology"),
     * and a lower-case "deal", "pact" or "package" after a name with a capital or digit ("F414 engine
     * deal", "F-16 sustainment package").
     */
    private static final List<Pattern> NEW_AGREEMENTS = List.of(
            Pattern.compile("\\b([A-Z][A-Za-z0-9+\\-]*(?:\\s(?:[A-Z][A-Za-z0-9+\\-]*(?:['\u2019]s)?|of|on|for|and(?! the\\b)|the"
                    + "|\\d\\+\\d)){0,10}\\s(?:Agreement|Act|Treaty|Accords?|Corridor|Dialogue|Working Group|Framework|Pact"
                    + "|Memorandum|Declaration|Convention|Protocol|Charter|Compact|Roadmap|Annex|Initiative|Funds?))\\b"
                    + ABBREVIATION_AFTER),
            Pattern.compile("\\b((?:Initiative|Agreement|Treaty|Convention|Framework|Memorandum|Declaration|Compact|Accord|Protocol"
                    + "|Charter) (?:on|for)"
                    + "(?:\\s(?:[A-Z][A-Za-z0-9\\-]*|of|on|in|and|the)){0,8}\\s[A-Z][A-Za-z0-9\\-]*)\\b" + ABBREVIATION_AFTER),
            Pattern.compile("\\b((?:[A-Z0-9][\\w\\-]*\\s){1,2}(?:[a-z]+\\s)?(?:deal|pact|package))\\b" + ABBREVIATION_AFTER));

    /** A word with a capital or a digit: what makes "F414 engine deal" a name and "defence pact" not. */
    private static final Pattern NAME_WORD = Pattern.compile("\\b[A-Z0-9]");
    /**
     * A proposed name that describes rather than names: a deal by its value ("$5 billion deal", "$2-billion deal"), a
     * participle ("Terming the pact"), an idiom ("Done deal").
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "^(?:[\\d.,]+(?:[\\s-]*(?:billion|million|bn|mn|crore|lakh))?|\\p{Lu}\\p{Ll}+ing\\s+the|Done)\\s");
    /** A parenthesised abbreviation: "(NSG)", "(CTBT)", "(2+2)". */
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z0-9][A-Za-z0-9&+\\-]{1,11})\\)");
    /** A possessive followed by a capitalised word: "America's Adversaries" inside a law's title. */
    private static final Pattern TITLE_POSSESSIVE = Pattern.compile("['\u2019]s\\s[A-Z]");

    /**
     * Texts longer than this many characters (far beyond any article) are read in blocks cut at
     * line breaks, so that time stays linear in the length of the input whatever it holds.
     */
    static final int BLOCK = 1 << 16;
    /** How many sentences back "the pact", "the deal" may refer to a named agreement. */
    private static final int ANAPHOR_REACH = 3;

    private final Gazetteer gazetteer;
    private final AgreementPhrases agreementPhrases;
    private final EventCoder eventCoder;
    private final Map<String, List<String>> parties = new HashMap<>();
    /** The known agreements that are one state's laws (sanction regimes): signing one is no interaction. */
    private final Set<String> laws = new HashSet<>();
    /** Gives the confidence of relations, events and agreements, or null to keep the rules' own. */
    private final ExtractionModel model;

    /**
     * @param gazetteer  finds actors and agreements by name
     * @param agreements the known agreements, to find them by short-name variants and as processes
     *                   between their parties ("India's membership in the NSG")
     * @param eventCoder codes events
     */
    public ArticleExtractor(Gazetteer gazetteer, Collection<Agreement> agreements, EventCoder eventCoder) {
        this(gazetteer, agreements, eventCoder, null);
    }

    /**
     * @param model gives the calibrated confidence of each relation, event and agreement found
     *              ({@link ExtractionModel}); null keeps the rules' ordinal confidences
     */
    public ArticleExtractor(Gazetteer gazetteer, Collection<Agreement> agreements, EventCoder eventCoder,
            ExtractionModel model) {
        this.model = model;
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.agreementPhrases = new AgreementPhrases(Objects.requireNonNull(agreements, "agreements"));
        agreements.forEach(a -> parties.put(a.id(), a.parties()));
        agreements.stream().filter(a -> a.type() == AgreementType.SANCTION_REGIME).forEach(a -> laws.add(a.id()));
        this.eventCoder = Objects.requireNonNull(eventCoder, "eventCoder");
    }

    /**
     * What one text yields: its sentences and findings (offsets into the text given).
     *
     * @param charactersRead how much of the text was read: all of it, unless a deadline stopped the
     *                       reading at a block's end
     */
    public record Result(List<Sentence> sentences, List<Mention> mentions, int charactersRead) {
        public Result {
            sentences = List.copyOf(sentences);
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * @param text   the (cleaned) article text
     * @param date   the article's date at the precision known, anchoring relative dates; may be null
     * @param author the author, the value of assessments and recommendations; may be null
     */
    public Result extract(String text, PartialDate date, String author) {
        return extract(text, date, author, Long.MAX_VALUE);
    }

    /**
     * As {@link #extract(String, PartialDate, String)}, but a text of several blocks is read only
     * until {@code deadline} ({@link System#nanoTime()}): no block is begun after it (the first always
     * is), and {@link Result#charactersRead()} says where the reading stopped. Texts of one block
     * ({@value #BLOCK} characters, any article) are always read whole.
     */
    public Result extract(String text, PartialDate date, String author, long deadline) {
        if (text.length() <= BLOCK) {
            return extractBlock(text, date, author);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        while (from < text.length() && (from == 0 || System.nanoTime() <= deadline)) {
            int to = blockEnd(text, from);
            Result block = extractBlock(text.substring(from, to), date, author);
            int offset = from;
            int first = sentences.size();
            for (Sentence x : block.sentences()) {
                sentences.add(new Sentence(first + x.index(), offset + x.start(), offset + x.end()));
            }
            for (Mention m : block.mentions()) {
                mentions.add(new Mention(m.kind(), m.text(), offset + m.start(), offset + m.end(),
                        m.sentence() < 0 ? -1 : first + m.sentence(), m.value(), m.confidence(), m.detail()));
            }
            from = to;
        }
        return new Result(sentences, mentions, from);
    }

    /**
     * Where a block that starts at {@code from} ends: at most {@link #BLOCK} characters on, after
     * the last line break, else the last sentence end, else the last space, else at the limit.
     */
    private static int blockEnd(String text, int from) {
        int limit = Math.min(text.length(), from + BLOCK);
        if (limit == text.length()) {
            return limit;
        }
        int half = from + BLOCK / 2;
        int cut = text.lastIndexOf('\n', limit - 1);
        if (cut < half) {
            cut = Math.max(text.lastIndexOf(". ", limit - 2), text.lastIndexOf(' ', limit - 1));
        }
        return cut < half ? limit : cut + 1;
    }

    private Result extractBlock(String text, PartialDate date, String author) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Mention> names = new ArrayList<>(gazetteer.find(text));
        agreementPhrases.addShortNames(text, names);
        addPeople(text, names);
        addNewAgreements(text, names);
        mergeAbbreviations(text, names);
        dropPossessivesInTitles(text, names);
        agreementPhrases.addProcesses(text, names);
        names.sort(Comparator.comparingInt(Mention::start));

        List<Mention> all = new ArrayList<>();
        List<Mention> dates = DateFinder.find(text, date);
        List<Mention> amounts = AmountFinder.find(text);
        for (List<Mention> list : List.of(names, dates, amounts)) {
            for (Mention m : list) {
                all.add(new Mention(m.kind(), m.text(), m.start(), m.end(), SentenceSplitter.sentenceAt(sentences, m.start()),
                        m.value(), m.confidence(), m.detail()));
            }
        }
        String who = author == null || author.isBlank() ? "author" : author.strip();
        String topic = topic(names);
        String[] previous = null;
        List<Mention> previousActors = List.of();
        String lastAgreement = null;
        int lastAgreementSentence = -1;
        int cursor = 0;
        for (Sentence sentence : sentences) {
            List<Mention> inSentence = new ArrayList<>();
            while (cursor < names.size() && names.get(cursor).start() < sentence.end()) {
                Mention m = names.get(cursor++);
                if (m.start() >= sentence.start()) {
                    inSentence.add(m);
                }
            }
            for (Mention m : inSentence) {
                if (m.kind() == MentionKind.AGREEMENT && parties.containsKey(m.value())) {
                    lastAgreement = m.value();
                    lastAgreementSentence = sentence.index();
                }
            }
            if (sentence.index() - lastAgreementSentence > ANAPHOR_REACH) {
                lastAgreement = null; // "the pact" refers back a few sentences at most
            }
            List<Mention> pronouns = Pronouns.resolve(text, sentence,
                    inSentence.stream().filter(m -> m.kind() == MentionKind.ACTOR).toList(), previousActors);
            if (!pronouns.isEmpty()) {
                inSentence.addAll(pronouns); // read as actors in this sentence, not reported
                inSentence.sort(Comparator.comparingInt(Mention::start));
            }
            SentenceContext context = SentenceContext.of(text, sentence, inSentence, previous, lastAgreement);
            all.addAll(RelationFinder.find(context, topic));
            all.addAll(eventCoder.code(context, parties, laws));
            String s = context.words();
            if (s.length() > 40 && s.indexOf(' ') > 0 && isProse(s)) {
                StanceClassifier.Stance stance = StanceClassifier.classify(s);
                if (stance != StanceClassifier.Stance.FACT) {
                    all.add(new Mention(stance == StanceClassifier.Stance.RECOMMENDATION ? MentionKind.RECOMMENDATION
                            : MentionKind.ASSESSMENT, s, sentence.start(), sentence.end(), sentence.index(), who,
                            stance == StanceClassifier.Stance.RECOMMENDATION ? 0.8 : 0.5, "attributed to the author"));
                }
            }
            previous = Participants.topicPair(text, context.actors(), previous);
            previousActors = context.actors();
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> m.kind().ordinal()));
        return new Result(sentences, model == null ? all : rescored(text, sentences, all), text.length());
    }

    /** The findings with the model's calibrated confidence for relations, events and agreements. */
    private List<Mention> rescored(String text, List<Sentence> sentences, List<Mention> all) {
        List<Mention> out = new ArrayList<>(all.size());
        for (Mention m : all) {
            if (ExtractionModel.KINDS.contains(m.kind()) && m.sentence() >= 0) {
                double p = model.probability(m, text, sentences.get(m.sentence()));
                out.add(new Mention(m.kind(), m.text(), m.start(), m.end(), m.sentence(), m.value(), p,
                        m.detail() + String.format(Locale.ROOT, "%srule confidence %.2f",
                                m.detail().isEmpty() ? "" : "; ", m.confidence())));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The actor named most often (ties to the first named), or null when none is named twice. */
    private static String topic(List<Mention> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : names) {
            if (m.kind() == MentionKind.ACTOR && m.value().indexOf(' ') < 0) {
                counts.merge(m.value(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2 && (best == null || e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean isProse(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d';
    }

    private static void addPeople(String text, List<Mention> names) {
        Matcher m = TITLE.matcher(text);
        List<Mention> people = new ArrayList<>();
        while (m.find()) {
            Mention state = null;
            for (Mention n : names) {
                if (n.kind() == MentionKind.ACTOR && n.end() <= m.start() && m.start() - n.end() <= 60
                        && n.value().indexOf(' ') < 0) {
                    state = n;
                }
            }
            int ps = m.start(1);
            int pe = m.end(1);
            if (state != null && names.stream().noneMatch(n -> n.overlaps(ps, pe))) {
                people.add(new Mention(MentionKind.ACTOR, m.group(1), ps, pe, -1, state.value(), 0.7,
                        "person speaking for " + state.value()));
            }
        }
        names.addAll(people);
    }

    /**
     * Proposes capitalised names ending in Agreement, Act, Treaty... as new agreements, with their
     * parenthesised abbreviation when one follows; when that abbreviation is a known agreement, the
     * whole is that agreement.
     */
    private static void addNewAgreements(String text, List<Mention> names) {
        List<Mention> found = new ArrayList<>();
        List<Mention> absorbed = new ArrayList<>();
        for (int i = 0; i < NEW_AGREEMENTS.size(); i++) {
            addNewAgreements(text, NEW_AGREEMENTS.get(i), i == NEW_AGREEMENTS.size() - 1, names, found, absorbed);
        }
        names.removeAll(absorbed);
        names.addAll(found);
    }

    /** @param lowerCaseHead a "deal" or "pact" after a name: not new when the name is a known actor or agreement */
    private static void addNewAgreements(String text, Pattern pattern, boolean lowerCaseHead, List<Mention> names,
            List<Mention> found, List<Mention> absorbed) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            final int from = m.start(1);
            int start = from;
            int end = m.end(1);
            int headStart = text.lastIndexOf(' ', end - 1) + 1;
            boolean known = names.stream().anyMatch(n -> n.overlaps(headStart, end) || lowerCaseHead && n.start() == from
                    || n.kind() == MentionKind.AGREEMENT && n.overlaps(from, end))
                    || found.stream().anyMatch(n -> n.overlaps(from, end));
            if (known) {
                continue;
            }
            String name = m.group(1);
            for (String article : List.of("The ", "A ", "An ", "This ", "That ", "These ", "Those ")) {
                if (name.startsWith(article)) {
                    name = name.substring(article.length());
                    start += article.length();
                }
            }
            if (lowerCaseHead && !NAME_WORD.matcher(name).find() || DESCRIPTION.matcher(name).find()) {
                continue; // "The defence pact" at a sentence start refers back, "a $5 billion deal" describes: nothing new
            }
            Mention abbreviation = m.group(2) == null ? null : names.stream().filter(n -> n.kind() == MentionKind.AGREEMENT
                    && n.start() == m.start(2) && n.end() == m.end(2)).findFirst().orElse(null);
            if (abbreviation != null) {
                absorbed.add(abbreviation);
                found.add(new Mention(MentionKind.AGREEMENT, text.substring(start, m.end()), start, m.end(), -1,
                        abbreviation.value(), 0.85, "known agreement by its abbreviation"));
            } else {
                String shortName = m.group(2) != null ? m.group(2) : name;
                found.add(new Mention(MentionKind.AGREEMENT, text.substring(start, m.end()), start, m.end(), -1,
                        "new:" + shortName, 0.6, "proposed"));
            }
        }
    }

    /**
     * "Long Name (ABBR)" where both name the same actor or agreement is one mention ("Shanghai
     * Cooperation Organization (SCO)", "General Security of Military Information Agreement (GSOMIA)").
     * An abbreviation the text defines this way that is not known yet ("Nuclear Suppliers Group
     * (NSG)" with NSG in no list) joins the name's mention when its letters spell the name, and its
     * later uses in the text stand for the same actor or agreement.
     */
    private static void mergeAbbreviations(String text, List<Mention> names) {
        Map<Integer, List<Mention>> byStart = new HashMap<>();
        for (Mention n : names) {
            byStart.computeIfAbsent(n.start(), k -> new ArrayList<>()).add(n);
        }
        List<Mention> merged = new ArrayList<>();
        Set<Mention> gone = new HashSet<>();
        Map<String, Mention> defined = new HashMap<>();
        for (Mention longName : names) {
            Matcher proposed = ACRONYM.matcher(longName.text());
            int at = longName.text().lastIndexOf('(');
            if (at > 0 && proposed.region(at, longName.text().length()).matches()
                    && abbreviates(proposed.group(1), longName.text().substring(0, at))) {
                defined.putIfAbsent(proposed.group(1), longName); // a proposed agreement spans its abbreviation already
            }
            int open = longName.end() < text.length() && text.charAt(longName.end()) == ' ' ? longName.end() + 1 : longName.end();
            if (open >= text.length() || text.charAt(open) != '(' || gone.contains(longName)
                    || longName.kind() != MentionKind.ACTOR && longName.kind() != MentionKind.AGREEMENT) {
                continue;
            }
            int close = -1;
            for (Mention abbreviation : byStart.getOrDefault(open + 1, List.of())) {
                if (abbreviation.kind() == longName.kind() && abbreviation.value().equals(longName.value())
                        && abbreviation.end() < text.length() && text.charAt(abbreviation.end()) == ')'
                        && !gone.contains(abbreviation)) {
                    gone.add(abbreviation);
                    close = abbreviation.end();
                    break;
                }
            }
            Matcher acronym = ACRONYM.matcher(text).region(open, text.length());
            if (close < 0 && acronym.lookingAt() && abbreviates(acronym.group(1), longName.text())
                    && names.stream().noneMatch(n -> n.overlaps(acronym.start(1), acronym.end(1)))) {
                close = acronym.end(1);
                defined.putIfAbsent(acronym.group(1), longName);
            }
            if (close >= 0) {
                gone.add(longName);
                merged.add(new Mention(longName.kind(), text.substring(longName.start(), close + 1), longName.start(),
                        close + 1, -1, longName.value(), longName.confidence(), longName.detail()));
            }
        }
        names.removeAll(gone);
        names.addAll(merged);
        defined.forEach((abbreviation, longName) -> {
            Matcher use = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(abbreviation) + "(?![\\p{L}\\p{N}])").matcher(text);
            List<Mention> uses = new ArrayList<>();
            while (use.find()) {
                int s = use.start();
                int e = use.end();
                if (s > longName.end() && names.stream().noneMatch(n -> n.overlaps(s, e))) {
                    uses.add(new Mention(longName.kind(), abbreviation, s, e, -1, longName.value(), 0.8,
                            "abbreviation defined in the text"));
                }
            }
            names.addAll(uses);
        });
    }

    /**
     * Whether a short form abbreviates a long form: its letters and digits occur in the long form in
     * order, the first one at the start of a word. After A. S. Schwartz and M. A. Hearst, "A simple
     * algorithm for identifying abbreviation definitions in biomedical text", Pacific Symposium on
     * Biocomputing 8 (2003) 451-462, matching from the right as they do.
     */
    static boolean abbreviates(String shortForm, String longForm) {
        int l = longForm.length() - 1;
        for (int s = shortForm.length() - 1; s >= 0; s--) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            boolean first = s == 0;
            while (l >= 0 && (Character.toLowerCase(longForm.charAt(l)) != c
                    || first && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
        }
        return true;
    }

    /**
     * Actors named inside an agreement's name are mentions ("China" in "China Pakistan Economic
     * Corridor"), except a possessive that is part of a title ("America's" in "Countering America's
     * Adversaries Through Sanctions Act").
     */
    private static void dropPossessivesInTitles(String text, List<Mention> names) {
        List<Mention> agreements = names.stream().filter(m -> m.kind() == MentionKind.AGREEMENT).toList();
        names.removeIf(m -> m.kind() == MentionKind.ACTOR
                && TITLE_POSSESSIVE.matcher(text).region(m.end(), text.length()).lookingAt()
                && agreements.stream().anyMatch(a -> a.start() <= m.start() && m.end() < a.end()));
    }
}
