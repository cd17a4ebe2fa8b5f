package org.counterweight.core.text;

import java.util.List;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.CameoCode;

/** What the rule tests of issue 14 share: a state with its aliases, a CAMEO code, the values an extractor finds. */
final class RuleFixtures {
    private RuleFixtures() {
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
