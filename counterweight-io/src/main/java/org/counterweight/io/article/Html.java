package org.counterweight.io.article;

import java.util.Locale;
import java.util.Set;

/** A linear, hand-written HTML to text pass. */
final class Html {
    /** Elements dropped with their content: scripts, navigation, forms, and image captions ({@code figcaption}). */
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "header", "footer", "form", "noscript",
            "aside", "svg", "iframe", "button", "select", "template", "figcaption");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "td", "th", "section", "article", "title", "blockquote", "figure", "table", "hr",
            "main", "body", "head", "html", "pre", "dd", "dt");

    private Html() {
    }

    static Builder strip(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int n = html.length();
        Builder out = new Builder(n);
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int close = html.indexOf("-->", i + 4);
                    i = close < 0 ? n : close + 3;
                    continue;
                }
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    break;
                }
                int nameStart = i + 1 + (i + 1 < n && html.charAt(i + 1) == '/' ? 1 : 0);
                int nameEnd = nameStart;
                while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = lower.substring(nameStart, nameEnd);
                boolean closing = nameStart > i + 1;
                if (!closing && SKIPPED.contains(name) && html.charAt(close - 1) != '/') {
                    int end = lower.indexOf("</" + name, close);
                    if (end < 0) {
                        i = n;
                        continue;
                    }
                    int endClose = html.indexOf('>', end);
                    i = endClose < 0 ? n : endClose + 1;
                    newline(out, i);
                    continue;
                }
                if (BLOCKS.contains(name)) {
                    newline(out, i);
                } else if (out.last() != ' ' && out.last() != '\n') {
                    // inline tags join words as written
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                String decoded = semi > i + 1 && semi - i <= 10 ? ArticleReader.entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    for (int k = 0; k < decoded.length(); k++) {
                        char d = decoded.charAt(k);
                        if (d == ' ' || d == '\u00a0') {
                            space(out, i);
                        } else {
                            out.append(d, i);
                        }
                    }
                    i = semi + 1;
                } else {
                    out.append(c, i++);
                }
            } else if (Character.isWhitespace(c)) {
                space(out, i++);
            } else {
                out.append(c, i++);
            }
        }
        out.end(n);
        return out;
    }

    private static void space(Builder out, int at) {
        if (out.last() != ' ' && out.last() != '\n') {
            out.append(' ', at);
        }
    }

    private static void newline(Builder out, int at) {
        if (out.last() != '\n') {
            out.append('\n', at);
        }
    }
}
