package org.counterweight.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Test helper: a PDF's text as Apache PDFBox reads it, in the order the pages paint it (so a table cell
 * wrapped over lines reads as one run), and every glyph that lies beyond its page's edges: text a
 * browser laid out wider than the page and the printer cut.
 *
 * @param text    the text of every page, in paint order
 * @param pages   how many pages
 * @param outside glyphs beyond a page's edges, as "page N: text at x"
 */
record PdfText(String text, int pages, List<String> outside) {
    static PdfText read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Stripper stripper = new Stripper();
            String text = stripper.getText(document);
            return new PdfText(text, document.getNumberOfPages(), List.copyOf(stripper.outside));
        }
    }

    /** The text without any white space, NFKC-normalised: what a check that a cell's text is there compares. */
    String squeezed() {
        return squeeze(text);
    }

    /** Text without white space, NFKC-normalised (ligatures as their letters). */
    static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<String> outside = new ArrayList<>();

        Stripper() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            PDRectangle box = getCurrentPage().getMediaBox();
            for (TextPosition p : positions) {
                double left = p.getXDirAdj();
                double right = left + p.getWidthDirAdj();
                if (left < -1 || right > box.getWidth() + 1) {
                    outside.add("page " + getCurrentPageNo() + ": '" + string + "' at x " + Math.round(left));
                    break;
                }
            }
            super.writeString(string, positions);
        }
    }
}
