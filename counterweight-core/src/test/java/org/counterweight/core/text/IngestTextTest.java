package org.counterweight.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.junit.jupiter.api.Test;

class IngestTextTest {
    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(
            new Actor("IND", ActorKind.STATE, "India", 750, 750, "IND", List.of(new Alias("New Delhi", AliasKind.METONYM),
                    new Alias("Indian", AliasKind.ADJECTIVE), new Alias("Indo", AliasKind.COMBINING))),
            new Actor("USA", ActorKind.STATE, "United States", 2, 2, "USA", List.of(new Alias("US", AliasKind.ABBREVIATION),
                    new Alias("Washington", AliasKind.METONYM), new Alias("US", AliasKind.COMBINING))),
            new Actor("CHN", ActorKind.STATE, "China", 710, 710, "CHN", List.of(new Alias("Sino", AliasKind.COMBINING))),
            new Actor("PAK", ActorKind.STATE, "Pakistan", 770, 770, "PAK", List.of(new Alias("Pak", AliasKind.COMBINING)))),
            List.of());

    @Test
    void splitsSentencesAroundAbbreviationsAndNumbers() {
        List<Sentence> s = SentenceSplitter.split("Mr. Khan met Dr. Rao in the U.S. on Monday. Russia had 6.6% of it. Maham S. Gillani wrote it!\nTitle line");
        assertEquals(4, s.size());
        assertEquals(0, s.get(0).start());
        assertEquals(2, SentenceSplitter.split("They trade oil, gas, etc. The talks resume in May.").size());
        assertEquals(2, SentenceSplitter.split("He moved to the U.S. However, he kept his seat.").size());
        assertEquals(1, SentenceSplitter.split("Troops from the U.S. Army and Dr. Rao arrived.").size());
    }

    @Test
    void gazetteerFindsMetonymsAdjectivesAndCompoundsWithOffsets() {
        Gazetteer g = new Gazetteer(DIRECTORY, List.of());
        String text = "New Delhi and the Indian navy; ironclad Sino-Pak ties; Indo-US nexus; the US.";
        List<Mention> m = g.find(text);
        assertEquals(List.of("IND", "IND", "CHN PAK", "IND USA", "USA"), m.stream().map(Mention::value).toList());
        for (Mention x : m) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
        assertEquals("Sino-Pak", m.get(2).text());
    }

    @Test
    void normalisesAmounts() {
        assertEquals(List.of("64000000000 usd"), values(AmountFinder.find("the $64bn corridor")));
        assertEquals(List.of("6.6 percent"), values(AmountFinder.find("accounts for 6.6% of")));
        assertEquals(List.of("3 wars"), values(AmountFinder.find("having fought three border wars in")));
        assertTrue(AmountFinder.find("the two countries").isEmpty());
    }

    @Test
    void classifiesStance() {
        assertEquals(StanceClassifier.Stance.RECOMMENDATION, StanceClassifier.classify("Pakistan should continue to bolster relations."));
        assertEquals(StanceClassifier.Stance.ASSESSMENT, StanceClassifier.classify("Undoubtedly, this is causing shifts."));
        assertEquals(StanceClassifier.Stance.FACT, StanceClassifier.classify("Russia and Pakistan inked the agreement in 2018."));
    }

    private static List<String> values(List<Mention> mentions) {
        return mentions.stream().map(Mention::value).toList();
    }
}
