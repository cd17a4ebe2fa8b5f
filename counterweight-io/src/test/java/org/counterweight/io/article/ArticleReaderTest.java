package org.counterweight.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

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
    void garbageIsQuick() {
        String garbage = "<".repeat(200_000) + "&".repeat(200_000) + "Also read " + "a".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ArticleReader.clean(garbage, ArticleReader.Format.HTML);
            ArticleReader.clean(garbage, ArticleReader.Format.TEXT);
            ArticleReader.clean(garbage, ArticleReader.Format.MARKDOWN);
        });
    }
}
