package dev.avrr.docs;

import java.util.List;
import java.util.Locale;

/** The little Markdown the generated pages need: table cells, rows, code spans, heading anchors. */
final class Markdown {

    static final String NONE = "—";

    private Markdown() {
    }

    /** A table cell: one line, a literal pipe escaped. */
    static String cell(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return text.replace("\r", " ").replace("\n", " ").replaceAll(" {2,}", " ").trim().replace("|", "\\|");
    }

    static String code(String text) {
        return "`" + text + "`";
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String separator(int columns) {
        return "|" + "---|".repeat(columns) + "\n";
    }

    /** The anchor GitHub gives a heading made of letters, digits, spaces, hyphens and parentheses. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").trim().replace(' ', '-');
    }
}
