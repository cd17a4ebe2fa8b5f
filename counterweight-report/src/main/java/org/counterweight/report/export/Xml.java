package org.counterweight.report.export;

/** XML 1.0 text escaping for element content and attribute values. */
final class Xml {
    private Xml() {
    }

    /**
     * {@code text} escaped for use in element content or a double- or single-quoted attribute value:
     * {@code & < > " '} as entities; tab, LF and CR as character references (so attribute values keep
     * them instead of normalising them to spaces); characters XML 1.0 cannot hold (other C0 controls,
     * U+FFFE, U+FFFF, unpaired surrogates) dropped.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
