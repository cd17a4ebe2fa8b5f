package org.counterweight.io.article;

/** A linear Markdown to text pass: heading and quote marks, emphasis, code marks, images and link targets go. */
final class Markdown {
    private Markdown() {
    }

    static Builder strip(String md) {
        int n = md.length();
        Builder out = new Builder(n);
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = md.charAt(i);
            if (lineStart && (c == '#' || c == '>')) {
                while (i < n && (md.charAt(i) == '#' || md.charAt(i) == '>' || md.charAt(i) == ' ')) {
                    i++;
                }
                lineStart = false;
                continue;
            }
            lineStart = c == '\n';
            if (c == '!' && i + 1 < n && md.charAt(i + 1) == '[') {
                int close = md.indexOf(']', i + 2);
                int nl = md.indexOf('\n', i);
                if (close > 0 && (nl < 0 || close < nl) && close + 1 < n && md.charAt(close + 1) == '(') {
                    int paren = md.indexOf(')', close + 2);
                    if (paren > 0 && (nl < 0 || paren < nl)) {
                        i = paren + 1;
                        continue;
                    }
                }
            }
            if (c == ']' && i + 1 < n && md.charAt(i + 1) == '(') {
                int paren = md.indexOf(')', i + 2);
                int nl = md.indexOf('\n', i);
                if (paren > 0 && (nl < 0 || paren < nl)) {
                    i = paren + 1;
                    continue;
                }
            }
            if (c == '[' || c == '*' || c == '`') {
                i++;
                continue;
            }
            out.append(c, i++);
        }
        out.end(n);
        return out;
    }
}
