package dev.avrr.cases.export;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The released package rendered for the person: every part of it, under readable headings, nothing left out and
 * nothing added — the same content as the JSON, escaped.
 */
final class PackageHtml {

    private PackageHtml() {
    }

    static String render(DataProtectionRequest r, JsonNode pkg) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>What IOM holds about you</title><style>body{font-family:sans-serif;max-width:60em;"
                + "margin:2em auto}dt{font-weight:bold}dd{margin:0 0 .4em 1.5em}</style></head><body>\n");
        h.append("<h1>What IOM holds about you</h1>\n<p>Your request ").append(escape(r.requestReference))
                .append(", released on ").append(r.releasedAt.toLocalDate()).append(".</p>\n");
        for (Map.Entry<String, JsonNode> part : pkg.properties()) {
            h.append("<h2>").append(escape(heading(part.getKey()))).append("</h2>\n");
            value(h, part.getValue());
            h.append('\n');
        }
        return h.append("</body></html>\n").toString();
    }

    private static void value(StringBuilder h, JsonNode v) {
        if (v.isObject()) {
            h.append("<dl>");
            v.properties().forEach(f -> {
                h.append("<dt>").append(escape(heading(f.getKey()))).append("</dt><dd>");
                value(h, f.getValue());
                h.append("</dd>");
            });
            h.append("</dl>");
        } else if (v.isArray()) {
            if (v.isEmpty()) {
                h.append("none");
                return;
            }
            h.append("<ol>");
            v.forEach(e -> {
                h.append("<li>");
                value(h, e);
                h.append("</li>");
            });
            h.append("</ol>");
        } else if (v.isNull() || v.isMissingNode()) {
            h.append("—");
        } else {
            h.append(escape(v.asText()));
        }
    }

    /** {@code caseFile} → "Case file". */
    static String heading(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
