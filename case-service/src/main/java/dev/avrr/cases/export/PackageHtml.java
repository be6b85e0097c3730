package dev.avrr.cases.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The released package rendered for the person: each service's part under its heading — what it holds, since when,
 * why and for whom; the data; who read them — nothing left out and nothing added: the same content as the JSON,
 * escaped.
 */
final class PackageHtml {

    private static final Map<String, String> SERVICES = Map.of("case-service", "Your case",
            "referral-service", "Your referral", "grant-service", "Your reintegration grant",
            "monitoring-service", "Monitoring after your return");

    private PackageHtml() {
    }

    static String render(DataProtectionRequest r, JsonNode pkg) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>What IOM holds about you</title><style>body{font-family:sans-serif;max-width:60em;"
                + "margin:2em auto}dt{font-weight:bold}dd{margin:0 0 .4em 1.5em}td,th{text-align:left;"
                + "vertical-align:top;padding:.2em .5em}</style></head><body>\n");
        h.append("<h1>What IOM holds about you</h1>\n<p>Your request ").append(escape(r.requestReference))
                .append(", released on ").append(r.releasedAt.toLocalDate()).append(".</p>\n");
        for (JsonNode part : pkg.path("services")) {
            String service = part.path("service").asText();
            h.append("<h2>").append(escape(SERVICES.getOrDefault(service, service))).append(" (")
                    .append(escape(service)).append(")</h2>\n<h3>What it holds</h3>\n");
            holdings(h, part.path("holdings"));
            h.append("<h3>The data</h3>\n");
            value(h, part.path("data"));
            h.append("\n<h3>Who read it</h3>\n");
            value(h, part.path("accessLog"));
            h.append('\n');
        }
        return h.append("</body></html>\n").toString();
    }

    private static void holdings(StringBuilder h, JsonNode holdings) {
        if (holdings.isEmpty()) {
            h.append("nothing\n");
            return;
        }
        h.append("<table><tr><th>What</th><th>Since</th><th>Why</th><th>Who receives it</th></tr>\n");
        for (JsonNode held : holdings) {
            h.append("<tr><td>").append(escape(held.path("category").asText())).append("</td><td>")
                    .append(held.path("since").isTextual() ? escape(held.path("since").asText().substring(0, 10))
                            : "holds none")
                    .append("</td><td>").append(escape(held.path("purpose").asText())).append("</td><td>");
            List<String> recipients = new ArrayList<>();
            held.path("recipients").forEach(to -> recipients.add(to.asText()));
            h.append(escape(String.join(", ", recipients))).append("</td></tr>\n");
        }
        h.append("</table>\n");
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
