package org.counterweight.core.text;

import java.util.List;
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

    static CameoCode code(String code, int root, double goldstein) {
        return new CameoCode(code, "code " + code, code.length() - 2, root, goldstein, null);
    }

    /** The values of the findings of one kind in a text, in order. */
    static List<String> found(ArticleExtractor extractor, MentionKind kind, String text) {
        return extractor.extract(text, null, null).mentions().stream().filter(m -> m.kind() == kind).map(Mention::value)
                .toList();
    }
}
