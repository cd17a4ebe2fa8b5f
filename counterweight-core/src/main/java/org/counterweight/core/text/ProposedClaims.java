package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Quantity;

/**
 * Turns an article's findings into claims with status {@link ClaimStatus#PROPOSED}, each quoting
 * the sentence it came from and carrying the extractor's confidence: relation statements, coded
 * events, stated amounts, assessments and recommendations (attributed to the author). Mentions of
 * actors, agreements and dates are not claims by themselves; they fill the claims' subjects.
 * Claim ids are {@code <source>-<kind>-<offset>}, so ingesting the same text again gives the same ids;
 * a further finding of the same kind at the same offset (a relation with each of two targets) takes
 * {@code -2}, {@code -3}... in the extractor's order.
 */
public final class ProposedClaims {
    private ProposedClaims() {
    }

    public static List<Claim> of(String sourceId, String caseId, String author, String text,
            ArticleExtractor.Result result) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Mention m : result.mentions()) {
            Sentence sentence = result.sentences().get(m.sentence());
            String quote = text.substring(sentence.start(), sentence.end()).strip();
            List<Evidence> evidence = List.of(new Evidence(sourceId, quote, "characters " + m.start() + "-" + m.end()));
            String first = (sourceId + "-" + m.kind().label() + "-" + m.start()).toLowerCase(Locale.ROOT);
            int nth = seen.merge(first, 1, Integer::sum);
            String id = nth == 1 ? first : first + "-" + nth;
            switch (m.kind()) {
                case RELATION, EVENT -> {
                    String[] parts = m.value().split(" ");
                    if (parts.length < 3) {
                        continue;
                    }
                    String predicate = m.kind() == MentionKind.RELATION ? "relation-" + parts[2]
                            : "cameo-" + parts[2];
                    claims.add(new Claim(id, caseId, ClaimKind.FACT, List.of(parts[0]), predicate, List.of(parts[1]),
                            null, null, null, evidence, ClaimStatus.PROPOSED, m.confidence()));
                }
                case NUMBER -> {
                    String[] parts = m.value().split(" ", 2);
                    Quantity value;
                    try {
                        value = new Quantity(Double.parseDouble(parts[0]), parts.length > 1 ? parts[1] : "count");
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    claims.add(new Claim(id, caseId, ClaimKind.FACT, actors(result, m.sentence()), "states-amount",
                            List.of(), null, value, null, evidence, ClaimStatus.PROPOSED, m.confidence()));
                }
                case ASSESSMENT, RECOMMENDATION -> claims.add(new Claim(id, caseId,
                        m.kind() == MentionKind.ASSESSMENT ? ClaimKind.ASSESSMENT : ClaimKind.RECOMMENDATION,
                        actors(result, m.sentence()), m.kind() == MentionKind.ASSESSMENT ? "assesses" : "recommends",
                        List.of(), null, null, author == null || author.isBlank() ? "unknown author" : author, evidence,
                        ClaimStatus.PROPOSED, m.confidence()));
                default -> {
                    // actors, agreements and dates fill other claims; they are not claims themselves
                }
            }
        }
        return List.copyOf(claims);
    }

    /** The actor ids mentioned in a sentence, in order. */
    private static List<String> actors(ArticleExtractor.Result result, int sentence) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : result.mentions()) {
            if (m.sentence() == sentence && m.kind() == MentionKind.ACTOR) {
                for (String id : m.value().split(" ")) {
                    if (id.matches("[A-Z][A-Z0-9_]{1,15}")) {
                        ids.add(id);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }
}
