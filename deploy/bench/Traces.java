import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's traces (docs/performance.md#traces), as a single source file in two parts.
 * <ul>
 * <li>{@code java Traces.java collect PORT FILE}: the smallest OTLP/HTTP receiver that serves the benchmark — the
 * services export their spans to it ({@code http/protobuf}, plain or gzip), and it appends one line per span to FILE:
 * trace, span, parent, service, name, start and end (ns since the epoch), status code. Nothing else of a span is kept
 * (the services put no personal data in spans; this keeps even their attributes out of the benchmark's files).</li>
 * <li>{@code java Traces.java parse FILE}: the spans of one export request's body, printed (to check the
 * receiver).</li>
 * <li>{@code java Traces.java report OUT}: for each simulation (its start and end in {@code OUT/windows.tsv}), the
 * slowest traces that began in it — from the first span to the last effect in any service — each written as a page
 * of its own ({@code OUT/traces/TRACE.html}, a waterfall of its spans), and a Markdown section linking them.</li>
 * </ul>
 */
public class Traces {

    private static final int SLOWEST = 5;
    private static final boolean DEBUG = Boolean.getBoolean("traces.debug");

    record Span(String trace, String id, String parent, String service, String name, long start, long end,
            int status) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("parse")) {
            List<Span> spans = new ArrayList<>();
            request(new Reader(Files.readAllBytes(Path.of(args[1]))), spans);
            spans.forEach(System.out::println);
            return;
        }
        if (args[0].equals("collect")) {
            collect(Integer.parseInt(args[1]), Path.of(args[2]));
        } else {
            report(Path.of(args[1]));
        }
    }

    // --- the receiver ---

    private static void collect(int port, Path file) throws IOException {
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", exchange -> {
            try (InputStream raw = exchange.getRequestBody()) {
                boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                byte[] body = (gzip ? new GZIPInputStream(raw) : raw).readAllBytes();
                List<Span> spans = new ArrayList<>();
                request(new Reader(body), spans);
                if (DEBUG) {
                    System.err.printf("%s %s: %d bytes, %d spans%n", exchange.getRequestMethod(),
                            exchange.getRequestURI(), body.length, spans.size());
                }
                synchronized (out) {
                    for (Span s : spans) {
                        out.printf("%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d%n", s.trace, s.id, s.parent, s.service,
                                s.name.replace('\t', ' '), s.start, s.end, s.status);
                    }
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, 0);
            } catch (RuntimeException e) {
                System.err.println("An export that does not read as OTLP/protobuf: " + e);
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** ExportTraceServiceRequest: 1 resource_spans. */
    private static void request(Reader r, List<Span> spans) {
        while (r.more()) {
            int tag = r.tag();
            if (tag == 1) {
                resourceSpans(r.message(), spans);
            } else {
                r.skip();
            }
        }
    }

    /** ResourceSpans: 1 resource (1 attributes: service.name), 2 scope_spans (2 spans). */
    private static void resourceSpans(Reader r, List<Span> spans) {
        String service = "?";
        List<Reader> scopes = new ArrayList<>();
        while (r.more()) {
            int tag = r.tag();
            if (tag == 1) {
                Reader resource = r.message();
                while (resource.more()) {
                    if (resource.tag() == 1) {
                        String[] kv = keyValue(resource.message());
                        if ("service.name".equals(kv[0])) {
                            service = kv[1];
                        }
                    } else {
                        resource.skip();
                    }
                }
            } else if (tag == 2) {
                scopes.add(r.message());
            } else {
                r.skip();
            }
        }
        for (Reader scope : scopes) {
            while (scope.more()) {
                if (scope.tag() == 2) {
                    spans.add(span(scope.message(), service));
                } else {
                    scope.skip();
                }
            }
        }
    }

    /** KeyValue: 1 key, 2 value (AnyValue: 1 string_value); other values read as empty. */
    private static String[] keyValue(Reader r) {
        String key = "";
        String value = "";
        while (r.more()) {
            int tag = r.tag();
            if (tag == 1) {
                key = r.string();
            } else if (tag == 2) {
                Reader any = r.message();
                while (any.more()) {
                    if (any.tag() == 1) {
                        value = any.string();
                    } else {
                        any.skip();
                    }
                }
            } else {
                r.skip();
            }
        }
        return new String[] { key, value };
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 7/8 start/end (fixed64), 15 status (3 code). */
    private static Span span(Reader r, String service) {
        String trace = "";
        String id = "";
        String parent = "";
        String name = "";
        long start = 0;
        long end = 0;
        int status = 0;
        while (r.more()) {
            switch (r.tag()) {
                case 1 -> trace = r.hex();
                case 2 -> id = r.hex();
                case 4 -> parent = r.hex();
                case 5 -> name = r.string();
                case 7 -> start = r.fixed64();
                case 8 -> end = r.fixed64();
                case 15 -> {
                    Reader s = r.message();
                    while (s.more()) {
                        if (s.tag() == 3) {
                            status = (int) s.varint();
                        } else {
                            s.skip();
                        }
                    }
                }
                default -> r.skip();
            }
        }
        return new Span(trace, id, parent.isEmpty() ? "-" : parent, service, name, start, end, status);
    }

    /** Protocol buffers' wire format, as far as the spans need it. */
    private static final class Reader {
        private final byte[] b;
        private int pos;
        private final int end;
        private int wire;

        Reader(byte[] b) {
            this(b, 0, b.length);
        }

        private Reader(byte[] b, int from, int to) {
            this.b = b;
            this.pos = from;
            this.end = to;
        }

        boolean more() {
            return pos < end;
        }

        int tag() {
            long key = varint();
            wire = (int) (key & 7);
            return (int) (key >>> 3);
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte x = b[pos++];
                value |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        long fixed64() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value |= (b[pos++] & 0xffL) << (8 * i);
            }
            return value;
        }

        Reader message() {
            int length = (int) varint();
            Reader inner = new Reader(b, pos, pos + length);
            pos += length;
            return inner;
        }

        String string() {
            int length = (int) varint();
            String s = new String(b, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }

        String hex() {
            int length = (int) varint();
            String s = HexFormat.of().formatHex(b, pos, pos + length);
            pos += length;
            return s;
        }

        void skip() {
            switch (wire) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    int length = (int) varint(); // read before pos is (pos += varint() would add to the old pos)
                    pos += length;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalArgumentException("wire type " + wire);
            }
        }
    }

    // --- the report ---

    private static void report(Path out) throws IOException {
        Path spansFile = out.resolve("spans.tsv");
        Path windowsFile = out.resolve("windows.tsv");
        StringBuilder md = new StringBuilder("\n## Slowest traces\n\n");
        if (!Files.exists(spansFile) || !Files.exists(windowsFile)) {
            System.out.print(md.append("No traces were collected (BENCH_TRACE_RATIO=0).\n"));
            return;
        }
        Map<String, List<Span>> traces = new HashMap<>();
        for (String line : Files.readAllLines(spansFile)) {
            String[] f = line.split("\t", -1);
            if (f.length == 8) {
                traces.computeIfAbsent(f[0], t -> new ArrayList<>()).add(new Span(f[0], f[1], f[2], f[3], f[4],
                        Long.parseLong(f[5]), Long.parseLong(f[6]), Integer.parseInt(f[7])));
            }
        }
        Path pages = out.resolve("traces");
        Files.createDirectories(pages);
        md.append("The sampled traces (a share of the requests, BENCH_TRACE_RATIO) that began in each simulation's")
                .append(" measured period, slowest first: from the request's first span to the last effect of its")
                .append(" events in any service. Each links to its waterfall.\n\n")
                .append("| simulation | trace | ms | spans | services | first span |\n|---|---|---|---|---|---|\n");
        for (String line : Files.readAllLines(windowsFile)) {
            String[] w = line.split("\t");
            String label = w[0];
            long from = Long.parseLong(w[1]);
            long to = Long.parseLong(w[2]);
            List<List<Span>> within = traces.values().stream()
                    .filter(t -> first(t).start >= from && first(t).start < to)
                    .sorted(Comparator.comparingLong(Traces::duration).reversed()).limit(SLOWEST).toList();
            for (List<Span> trace : within) {
                String id = trace.get(0).trace;
                Files.writeString(pages.resolve(id + ".html"), page(label, trace));
                md.append(String.format(Locale.ROOT, "| %s | [%s](traces/%s.html) | %.1f | %d | %d | %s |%n", label,
                        id.substring(0, 12), id, duration(trace) / 1e6, trace.size(),
                        trace.stream().map(Span::service).distinct().count(), first(trace).name));
            }
        }
        System.out.print(md);
    }

    private static Span first(List<Span> trace) {
        return trace.stream().min(Comparator.comparingLong(Span::start)).orElseThrow();
    }

    private static long duration(List<Span> trace) {
        long start = trace.stream().mapToLong(Span::start).min().orElse(0);
        long end = trace.stream().mapToLong(Span::end).max().orElse(0);
        return end - start;
    }

    private static String page(String label, List<Span> trace) {
        long start = first(trace).start;
        double total = Math.max(1, duration(trace));
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Trace ")
                .append(trace.get(0).trace).append("</title><style>body{font:13px sans-serif}td{padding:2px 6px}")
                .append(".bar{background:#4a7;height:10px}.err{background:#c44}</style><h1>Trace ")
                .append(trace.get(0).trace).append("</h1><p>").append(escape(label)).append(String.format(Locale.ROOT,
                        ": %.1f ms, %d spans</p>", total / 1e6, trace.size()))
                .append("<table><tr><th>service</th><th>span</th><th>starts at ms</th><th>ms</th><th></th></tr>");
        trace.stream().sorted(Comparator.comparingLong(Span::start)).forEach(s -> html.append(String.format(
                Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%.1f</td><td>%.1f</td><td style=\"width:600px\">"
                        + "<div class=\"bar%s\" style=\"margin-left:%.1f%%;width:%.1f%%\"></div></td></tr>",
                escape(s.service), escape(s.name), (s.start - start) / 1e6, (s.end - s.start) / 1e6,
                s.status == 2 ? " err" : "", 100 * (s.start - start) / total,
                Math.max(0.2, 100 * (s.end - s.start) / total))));
        return html.append("</table>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
