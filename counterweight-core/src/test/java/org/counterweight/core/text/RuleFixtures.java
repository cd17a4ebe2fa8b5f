package org.counterweight.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.PartialDate;

/**
 * What the rule tests of issue 14 share: a state with its aliases, five states, a known agreement, a CAMEO code,
 * the values an extractor finds.
 */
final class RuleFixtures {
    /** India, the United States, China, Pakistan and Russia with the names, capitals, adjectives and leaders the rule tests use. */
    static final ActorDirectory FIVE_STATES = new ActorDirectory(List.of(
            state("IND", "India", 750, new Alias("New Delhi", AliasKind.METONYM), new Alias("Indian", AliasKind.ADJECTIVE),
                    new Alias("Narendra Modi", AliasKind.PERSON), new Alias("Indo", AliasKind.COMBINING)),
            state("USA", "United States", 2, new Alias("US", AliasKind.ABBREVIATION), new Alias("U.S.", AliasKind.ABBREVIATION),
                    new Alias("Washington", AliasKind.METONYM), new Alias("Pentagon", AliasKind.METONYM)),
            state("CHN", "China", 710, new Alias("Beijing", AliasKind.METONYM), new Alias("Chinese", AliasKind.ADJECTIVE)),
            state("PAK", "Pakistan", 770, new Alias("Islamabad", AliasKind.METONYM), new Alias("Pakistani", AliasKind.ADJECTIVE)),
            state("RUS", "Russia", 365, new Alias("Moscow", AliasKind.METONYM), new Alias("Russian", AliasKind.ADJECTIVE),
                    new Alias("Vladimir Putin", AliasKind.PERSON))),
            List.of());

    private RuleFixtures() {
    }

    /** A known agreement between {@code parties}, signed on {@code signed}, with evidence written for the test. */
    static Agreement agreement(String id, String name, String shortName, AgreementType type, List<String> parties,
            String signed) {
        return new Agreement(id, name, shortName, List.of(), type, parties, null, PartialDate.parse(signed), null, null, null,
                List.of(new Evidence("test", null, "written for this test")));
    }

    static Actor state(String id, String name, int cow, Alias... aliases) {
        return new Actor(id, ActorKind.STATE, name, cow, cow, id, List.of(aliases));
    }

    /**
     * Goldstein (1992) weights of the CAMEO codes the rule tests use, as the bundled
     * {@code data/datasets/event-data/gdelt_lookup_CAMEO.goldsteinscale.txt} gives them.
     */
    private static final Map<String, Double> GOLDSTEIN = Map.ofEntries(Map.entry("010", 0.0), Map.entry("020", 3.0),
            Map.entry("0242", -0.3), Map.entry("030", 4.0), Map.entry("0311", 5.2), Map.entry("0312", 5.2),
            Map.entry("036", 4.0), Map.entry("040", 1.0), Map.entry("041", 1.0), Map.entry("042", 1.9),
            Map.entry("043", 2.8), Map.entry("046", 7.0), Map.entry("051", 3.4), Map.entry("057", 8.0),
            Map.entry("061", 6.4), Map.entry("062", 7.4), Map.entry("072", 8.3), Map.entry("085", 7.0),
            Map.entry("111", -2.0), Map.entry("112", -2.0), Map.entry("114", -2.0), Map.entry("120", -4.0),
            Map.entry("130", -4.4), Map.entry("162", -5.6), Map.entry("1621", -5.6), Map.entry("1622", -5.6), Map.entry("163", -8.0),
            Map.entry("190", -10.0), Map.entry("195", -10.0));

    /** The codebook a rule test gives its event coder: these codes only, each with its root and Goldstein weight. */
    static List<CameoCode> codes(String... codes) {
        return Arrays.stream(codes).map(code -> new CameoCode(code, "code " + code, code.length() - 2,
                Integer.parseInt(code.substring(0, 2)), GOLDSTEIN.get(code), null)).toList();
    }

    /** An extractor over {@link #FIVE_STATES}, no known agreements, coding these events only. */
    static ArticleExtractor extractor(List<CameoCode> codes) {
        return new ArticleExtractor(new Gazetteer(FIVE_STATES, List.of()), List.of(), new EventCoder(codes));
    }

    /** The values of the findings of one kind in a text, in order. */
    static List<String> found(ArticleExtractor extractor, MentionKind kind, String text) {
        return extractor.extract(text, null, null).mentions().stream().filter(m -> m.kind() == kind).map(Mention::value)
                .toList();
    }
}
