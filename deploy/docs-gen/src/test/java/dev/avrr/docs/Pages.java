package dev.avrr.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The repository the tests read, and the pages in it. */
final class Pages {

    static final Path ROOT = ProjectRoot.locate(System.getProperty("avrr.root"));

    private Pages() {
    }

    static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part of a page from a heading line to the next heading of the same or a higher level. */
    static String section(String page, String heading) {
        int level = heading.indexOf(' ');
        int start = page.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new AssertionError("No heading '" + heading + "'");
        }
        int end = page.length();
        for (int i = 1; i <= level; i++) {
            int next = page.indexOf("\n" + "#".repeat(i) + " ", start + heading.length() + 1);
            if (next >= 0 && next < end) {
                end = next;
            }
        }
        return page.substring(start + 1, end);
    }

    /** The first fenced block of a language in a text. */
    static String fenced(String text, String language) {
        int start = text.indexOf("```" + language + "\n");
        if (start < 0) {
            throw new AssertionError("No ```" + language + " block");
        }
        int end = text.indexOf("\n```", start + 4);
        return text.substring(start + language.length() + 4, end);
    }

    /** Every fenced block of a language in a text, one after the other. */
    static String allFenced(String text, String language) {
        StringBuilder all = new StringBuilder();
        int from = 0;
        String open = "```" + language + "\n";
        for (int start = text.indexOf(open, from); start >= 0; start = text.indexOf(open, from)) {
            int end = text.indexOf("\n```", start + open.length() - 1);
            all.append(text, start + open.length(), end).append('\n');
            from = end + 4;
        }
        return all.toString();
    }

    /** The cells of the table rows of a text, a literal pipe ({@code \|}) kept inside its cell. */
    static List<List<String>> tableRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("|") && !line.startsWith("|---")) {
                String inner = line.substring(1, line.length() - 1);
                rows.add(Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::trim).toList());
            }
        }
        return rows;
    }
}
