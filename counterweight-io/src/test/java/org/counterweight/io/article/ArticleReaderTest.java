package org.counterweight.io.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @Test
    void dropsFurnitureAndKeepsOffsets() {
        String text = "Title\nImage courtesy: The Hand\nIndia met Pakistan.\nAlso read: Something else\n"
                + "Maham S. Gillani is a researcher at Centre for Studies, Pakistan.\nRecent Articles\nPlease enter your comment!\nPlease enter your name here";
        ArticleText a = ArticleReader.clean(text, ArticleReader.Format.TEXT);
        assertFalse(a.text().contains("courtesy"));
        assertFalse(a.text().contains("Also read"));
        assertFalse(a.text().contains("researcher"));
        assertFalse(a.text().contains("Please enter"));
        assertFalse(a.text().contains("Recent"));
        int at = a.text().indexOf("Pakistan");
        assertEquals(text.indexOf("Pakistan"), a.original(at));
    }

    @Test
    void dropsPageHeadersButKeepsADatelineAndSentences() {
        String text = "Home | Region | Opinion | Video\nA. Writer  |  March 3, 2022  |  Analysis\nBy Ravi K. Menon, Staff Reporter\n"
                + "Updated 4 March 2022, 10:15 IST\n12 March 2022\nDELHI, March 3 (Wire) - India and Nepal met.\n"
                + "By March, India will have signed the pact.\nPublished in 2019, the report was ignored.\n"
                + "| Year | Troops |\nShare: Facebook | X\n";
        ArticleText a = ArticleReader.clean(text, ArticleReader.Format.TEXT);
        assertThat(a.text()).doesNotContain("Home", "A. Writer", "Ravi", "Updated", "12 March 2022");
        assertThat(a.text()).contains("DELHI, March 3 (Wire) - India and Nepal met.", "By March, India will have signed the pact.",
                "Published in 2019, the report was ignored.", "| Year | Troops |", "Share: Facebook | X");
    }

    @Test
    void dropsTheShortCaptionLineRightAboveAnImageCredit() {
        String text = "Border talks resume in Ladakh\n\nTroops at a forward post\nPhoto credit: Staff photographer\n"
                + "Officers of both armies met for a fresh round.\nThe envoys signed a joint statement\nCredit: Reuters\n"
                + "A flag meeting at the pass\nImage Source: Defence ministry\n";
        ArticleText a = ArticleReader.clean(text, ArticleReader.Format.TEXT);
        assertThat(a.text()).doesNotContain("Troops at a forward post", "Photo credit", "The envoys signed a joint statement",
                "Credit: Reuters", "A flag meeting", "Image Source");
        assertThat(a.text()).contains("Border talks resume in Ladakh", "Officers of both armies met for a fresh round.");
        assertThat(a.original(a.text().indexOf("Officers"))).isEqualTo(text.indexOf("Officers"));
    }

    @Test
    void keepsSentencesLongLinesAndLinesSeparatedFromTheCreditByABlankLine() {
        String text = "Talks resumed after a long pause.\nImage courtesy: Foreign Office\n"
                + "Both sides said the next round of talks on trade and water would be held in the capital soon\n"
                + "Photo: Press office\nA headline line\n\nPhoto: Press office\n";
        ArticleText a = ArticleReader.clean(text, ArticleReader.Format.TEXT);
        assertThat(a.text()).contains("Talks resumed after a long pause.", "Both sides said the next round", "A headline line");
        assertThat(a.text()).doesNotContain("Image courtesy", "Photo:");
    }

    @Test
    void dropsHtmlFigureCaptions() {
        String html = "<p>The summit opened.</p><figure><img src=x.jpg><figcaption>Leaders at the summit</figcaption></figure>";
        ArticleText a = ArticleReader.read(html.getBytes(StandardCharsets.UTF_8), ArticleReader.Format.HTML, "t.html");
        assertThat(a.text().strip()).isEqualTo("The summit opened.");
    }

    @Test
    void stripsHtml() {
        String html = "<html><head><style>p{}</style><script>var x = '<p>';</script></head><body><nav>Home</nav>"
                + "<p>Russia &amp; Pakistan&#39;s ties</p><form>Please enter your comment!</form></body></html>";
        ArticleText a = ArticleReader.read(html.getBytes(StandardCharsets.UTF_8), ArticleReader.Format.HTML, "t.html");
        assertEquals("Russia & Pakistan's ties", a.text().strip());
        assertEquals(html.indexOf("Pakistan"), a.original(a.text().indexOf("Pakistan")));
    }

    @Test
    void refusesBinaryAndHugeAndEmptiesBlank() {
        assertThrows(InputFormatException.class, () -> ArticleReader.read(new byte[] {65, 0, 66}, ArticleReader.Format.TEXT, "b"));
        assertThrows(InputFormatException.class, () -> ArticleReader.read(new byte[] {(byte) 0xC3, (byte) 0x28}, ArticleReader.Format.TEXT, "b"));
        assertThrows(InputFormatException.class, () -> ArticleReader.read(new byte[(int) ArticleReader.MAX_BYTES + 1], ArticleReader.Format.TEXT, "b"));
        assertTrue(ArticleReader.read(" \n\t ".getBytes(StandardCharsets.UTF_8), ArticleReader.Format.TEXT, "e").isEmpty());
        assertTrue(ArticleReader.read(new byte[0], ArticleReader.Format.HTML, "e").isEmpty());
    }

    @Test
    void aFileIsRefusedBeforeItIsReadWhenTooLargeAndItsFormatFollowsItsExtension(@TempDir Path dir)
            throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ArticleReader.MAX_BYTES + 1);
        }
        InputFormatException refused = assertThrows(InputFormatException.class, () -> ArticleReader.bytes(huge));
        assertThat(refused.getMessage()).contains("5242881 bytes; articles over 5242880 bytes (5 MB) are refused");
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), ArticleReader.bytes(Files.writeString(
                dir.resolve("a.txt"), "a")));
        assertEquals(ArticleReader.Format.HTML, ArticleReader.Format.of("Page.HTM"));
        assertEquals(ArticleReader.Format.MARKDOWN, ArticleReader.Format.of("notes.markdown"));
        assertEquals(ArticleReader.Format.TEXT, ArticleReader.Format.of("article.html.txt"));
    }

    @Test
    void garbageIsQuick() {
        String garbage = "<".repeat(200_000) + "&".repeat(200_000) + "Also read " + "a".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ArticleReader.clean(garbage, ArticleReader.Format.HTML);
            ArticleReader.clean(garbage, ArticleReader.Format.TEXT);
            ArticleReader.clean(garbage, ArticleReader.Format.MARKDOWN);
        });
    }
}
