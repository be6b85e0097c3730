import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the benchmark's summary (docs/performance.md) from what ./deploy/bench/run collected: Gatling's statistics
 * of each measured endpoint (its warm-up left out), read from the report's page of each request, each throughput as a
 * ratio to the bare insert of the same round; each consumer's event lag and backlog; each process's start time, RSS
 * and CPU; the fill. Run as a single source file: java Summary.java OUT SECONDS JDK.
 */
public class Summary {

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--rate")) {
            // The pairs or whole journeys per second a report's measured period completed:
            // java Summary.java --rate REPORT SECONDS.
            System.out.printf(Locale.ROOT, "%.2f%n", completed(Path.of(args[1])) / Double.parseDouble(args[2]));
            return;
        }
        Path out = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        StringBuilder md = new StringBuilder("# Benchmark summary\n\n");
        md.append("JDK: ").append(args[2]).append("; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; each endpoint measured ").append((int) seconds)
                .append(" s after its warm-up, closed load (see docs/performance.md).\n\n");
        md.append("| round | endpoint | requests/s | p50 ms | p99 ms | failed | ratio to the bare insert |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        Map<String, Double> bareInsert = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("reports.tsv"))) {
            String[] f = line.split("\t", -1);
            List<Path> pages;
            try (var files = Files.list(Path.of(f[2]))) {
                pages = files.filter(p -> p.getFileName().toString().startsWith("req_")).sorted().toList();
            }
            // A simulation of whole journeys is one row: journeys per second, all its requests, its slowest call.
            double[] journeys = null;
            String slowest = "";
            for (Path page : pages) {
                String html = Files.readString(page);
                String name = between(html, "<title>Gatling Stats - ", "</title>");
                if (name.startsWith("warm-up")) {
                    continue;
                }
                if (JOURNEY_REQUEST.matcher(name).matches()) {
                    journeys = journeys == null ? new double[4] : journeys;
                    journeys[0] += cell(html, "Total count", "total");
                    journeys[1] += cell(html, "Total count", "ko");
                    if (JOURNEY_CALL.matcher(name).matches() && cell(html, "99th percentile", "total") > journeys[3]) {
                        journeys[2] = cell(html, "50th percentile", "total");
                        journeys[3] = cell(html, "99th percentile", "total");
                        slowest = name.substring(name.indexOf(':') + 1).trim();
                    }
                    continue;
                }
                double total = cell(html, "Total count", "total");
                double failed = cell(html, "Total count", "ko");
                double rate = total / seconds;
                if (name.equals("bare insert")) {
                    bareInsert.put(f[0], rate);
                }
                rows.add(new String[] {f[0], name, String.format("%.0f", rate),
                        String.format("%.0f", cell(html, "50th percentile", "total")),
                        String.format("%.0f", cell(html, "99th percentile", "total")), String.format("%.0f", failed),
                        Double.toString(rate)});
            }
            if (journeys != null) {
                String phase = f[1].endsWith("Half") ? "at half the saturation" : "at saturation";
                rows.add(new String[] {f[0], "whole journeys " + phase + ", both routes: " + String.format(Locale.ROOT,
                        "%.0f requests/s; p50 / p99 of the slowest call (%s)", journeys[0] / seconds, slowest),
                        String.format(Locale.ROOT, "%.2f journeys", completed(Path.of(f[2])) / seconds),
                        String.format("%.0f", journeys[2]), String.format("%.0f", journeys[3]),
                        String.format("%.0f", journeys[1]), Double.toString(journeys[0] / seconds)});
            }
        }
        for (String[] r : rows) {
            Double base = bareInsert.get(r[0]);
            String ratio = base == null || base == 0 ? "" : String.format("%.0f %%", 100 * Double.parseDouble(r[6]) / base);
            md.append("| ").append(String.join(" | ", r[0], r[1], r[2], r[3], r[4], r[5], ratio)).append(" |\n");
        }
        List<String[]> lagRows = lags(out, md);
        md.append("\n| process | ready in (s) | RSS idle (MB) | RSS peak under load (MB) | CPU (s) per simulation |\n");
        md.append("|---|---|---|---|---|\n");
        Map<String, Map<String, String>> processes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("processes.tsv"))) {
            String[] f = line.split("\t", -1);
            processes.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[0], f[2]);
        }
        Map<String, StringBuilder> cpu = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("cpu.tsv"))) {
            String[] f = line.split("\t", -1);
            StringBuilder b = cpu.computeIfAbsent(f[1], k -> new StringBuilder());
            b.append(b.length() == 0 ? "" : ", ").append(f[3]).append(" #").append(f[2]).append(": ").append(f[4]);
        }
        processes.forEach((name, values) -> {
            if (name.equals("stack")) {
                return;
            }
            md.append("| ").append(name).append(" | ").append(values.getOrDefault("start", "?")).append(" | ")
                    .append(values.getOrDefault("rss-idle", "?")).append(" | ")
                    .append(values.getOrDefault("rss-peak", "?")).append(" | ")
                    .append(cpu.getOrDefault(name, new StringBuilder())).append(" |\n");
        });
        Map<String, String> stack = processes.getOrDefault("stack", Map.of());
        md.append("\nThe local stack up (`avrr up`, built tree, databases fresh): ")
                .append(stack.getOrDefault("stack-up-ms", "?")).append(" ms.\n");
        stack.forEach((kind, value) -> {
            if (kind.startsWith("settled ")) {
                md.append("\nEvery consumer had applied all it was sent ").append(value).append(" s ")
                        .append(kind.substring("settled ".length()).replace("after ", "after the saturation of "))
                        .append(" (no effect for 3 s).\n");
            }
        });
        if (stack.containsKey("fill-s")) {
            md.append("\nThe fill (docs/performance.md#the-fill) took ").append(stack.get("fill-s"))
                    .append(" s; tables of 1,000 rows or more before the load:\n\n");
            stack.forEach((kind, value) -> {
                if (kind.startsWith("rows in ")) {
                    md.append("- ").append(kind.substring("rows in ".length())).append(": ").append(value).append('\n');
                }
            });
        }
        targets(md, rows, bareInsert, lagRows, processes);
        System.out.print(md);
    }

    /**
     * Each target of docs/performance.md#the-targets against this run's figures: met or not, per round. What limits
     * a target not met is in the profiles that follow the summary (each service's CPU by part and by our methods).
     */
    private static void targets(StringBuilder md, List<String[]> rows, Map<String, Double> bareInsert,
            List<String[]> lagRows, Map<String, Map<String, String>> processes) {
        List<String[]> targets = new ArrayList<>();
        targets.add(ratio("`POST /api/v1/referrals` ≥ 50 % of the bare insert", rows, bareInsert,
                name -> name.equals("POST /api/v1/referrals"), 50));
        targets.add(ratio("a single read ≥ 60 % of the bare insert", rows, bareInsert,
                name -> name.equals("GET /api/v1/referrals/{id}"), 60));
        List<String> lists = new ArrayList<>();
        boolean listsMet = !rows.isEmpty();
        boolean anyList = false;
        for (String[] r : rows) {
            if (r[1].contains("?size=")) {
                anyList = true;
                lists.add("round " + r[0] + " " + r[1] + ": " + r[4] + " ms");
                listsMet &= Double.parseDouble(r[4]) < 50;
            }
        }
        targets.add(new String[] {"any list p99 < 50 ms", anyList ? String.join("; ", lists) : "not run",
                anyList ? yes(listsMet) : "—"});
        List<String> journeys = new ArrayList<>();
        List<String> halfCalls = new ArrayList<>();
        boolean journeysMet = true;
        boolean halfCallsMet = true;
        for (String[] r : rows) {
            if (r[1].startsWith("whole journeys at saturation")) {
                double rate = Double.parseDouble(r[2].split(" ")[0]);
                journeys.add("round " + r[0] + ": " + r[2] + "/s");
                journeysMet &= rate >= 25;
            } else if (r[1].startsWith("whole journeys at half")) {
                halfCalls.add("round " + r[0] + ": " + r[4] + " ms");
                halfCallsMet &= Double.parseDouble(r[4]) < 50;
            }
        }
        targets.add(new String[] {"≥ 25 whole journeys per second at saturation",
                journeys.isEmpty() ? "not run" : String.join("; ", journeys),
                journeys.isEmpty() ? "—" : yes(journeysMet)});
        targets.add(lag("whole journeys at half the saturation: every hop's lag p99 < 250 ms", lagRows, "JourneyHalf",
                250));
        targets.add(new String[] {"whole journeys at half the saturation: API p99 < 50 ms (their slowest call)",
                halfCalls.isEmpty() ? "not run" : String.join("; ", halfCalls),
                halfCalls.isEmpty() ? "—" : yes(halfCallsMet)});
        List<String> behind = new ArrayList<>();
        boolean saturated = false;
        for (String[] r : lagRows) {
            // The closed loads: as fast as the stack answers.
            if (r[1].endsWith("Saturation") || r[1].equals("ReferralCreate")) {
                saturated = true;
                if (Double.parseDouble(r[6]) > 0) {
                    behind.add("round " + r[0] + " " + r[1] + ": " + r[2] + " " + r[6] + " still to apply");
                }
            }
        }
        targets.add(new String[] {"every consumer keeps up at saturation (nothing left to apply when the load ends)",
                !saturated ? "not run" : behind.isEmpty() ? "nothing left" : String.join("; ", behind),
                !saturated ? "—" : yes(behind.isEmpty())});
        for (String[] t : new String[][] {{"start", "ready ≤ 2 s", "2"}, {"rss-idle", "RSS ≤ 200 MB idle", "200"},
                {"rss-peak", "RSS ≤ 400 MB under load", "400"}}) {
            List<String> each = new ArrayList<>();
            boolean met = true;
            for (String service : List.of("referral", "case", "grant", "monitoring")) {
                String value = processes.getOrDefault(service, Map.of()).getOrDefault(t[0], "?");
                each.add(service + " " + value);
                met &= !value.equals("?") && Double.parseDouble(value) <= Double.parseDouble(t[2]);
            }
            targets.add(new String[] {t[1], String.join(", ", each), yes(met)});
        }
        String up = processes.getOrDefault("stack", Map.of()).getOrDefault("stack-up-ms", "?");
        targets.add(new String[] {"the local stack up ≤ 20 s", up + " ms",
                up.equals("?") ? "—" : yes(Double.parseDouble(up) <= 20_000)});
        md.append("\n## The targets\n\nThis run's figures against each target (docs/performance.md#the-targets); ")
                .append("what limits those not met shows in the profiles below: each service's CPU by part and by ")
                .append("our methods during each simulation.\n\n| target | measured | met |\n|---|---|---|\n");
        for (String[] t : targets) {
            md.append("| ").append(String.join(" | ", t)).append(" |\n");
        }
    }

    private static String[] ratio(String target, List<String[]> rows, Map<String, Double> bareInsert,
            java.util.function.Predicate<String> endpoint, double percent) {
        List<String> each = new ArrayList<>();
        boolean met = true;
        for (String[] r : rows) {
            Double base = bareInsert.get(r[0]);
            if (endpoint.test(r[1]) && base != null && base > 0) {
                double ratio = 100 * Double.parseDouble(r[6]) / base;
                each.add(String.format(Locale.ROOT, "round %s: %.0f %%", r[0], ratio));
                met &= ratio >= percent;
            }
        }
        return new String[] {target, each.isEmpty() ? "not run" : String.join("; ", each),
                each.isEmpty() ? "—" : yes(met)};
    }

    private static String[] lag(String target, List<String[]> lagRows, String simulation, double ms) {
        double worst = 0;
        boolean any = false;
        boolean met = true;
        for (String[] r : lagRows) {
            if (r[1].equals(simulation)) {
                any = true;
                boolean bounded = r[5].matches("[0-9]+");
                met &= bounded && Double.parseDouble(r[5]) < ms;
                worst = Math.max(worst, bounded ? Double.parseDouble(r[5]) : Double.MAX_VALUE);
            }
        }
        return new String[] {target, !any ? "not run" : worst == Double.MAX_VALUE ? "beyond the last bucket"
                : String.format(Locale.ROOT, "worst hop p99 at most %.0f ms", worst), !any ? "—" : yes(met)};
    }

    private static String yes(boolean met) {
        return met ? "yes" : "no";
    }

    /**
     * Each consumer's lag (an event's creation in its producer's transaction to its effect's commit) while a simulation
     * ran, from the difference of the histograms scraped before and after it, and its backlog: what it applied in the
     * five seconds after the load ended.
     */
    private static List<String[]> lags(Path out, StringBuilder md) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("reports.tsv"))) {
            String[] f = line.split("\t", -1);
            Path before = out.resolve("lag-" + f[0] + "-" + f[1] + "-before.txt");
            if (!Files.exists(before)) {
                continue;
            }
            Map<String, Map<Double, Double>> start = histograms(before);
            Map<String, Map<Double, Double>> end = histograms(out.resolve("lag-" + f[0] + "-" + f[1] + "-after.txt"));
            Map<String, Map<Double, Double>> settled = histograms(
                    out.resolve("lag-" + f[0] + "-" + f[1] + "-settled.txt"));
            end.forEach((consumer, buckets) -> {
                Map<Double, Double> was = start.getOrDefault(consumer, Map.of());
                double count = buckets.getOrDefault(COUNT, 0.0) - was.getOrDefault(COUNT, 0.0);
                if (count <= 0) {
                    return;
                }
                double backlog = settled.getOrDefault(consumer, Map.of()).getOrDefault(COUNT, 0.0)
                        - buckets.getOrDefault(COUNT, 0.0);
                rows.add(new String[] {f[0], f[1], consumer, String.format("%.0f", count),
                        quantile(buckets, was, count, 0.5), quantile(buckets, was, count, 0.99),
                        String.format("%.0f", backlog)});
            });
        }
        if (rows.isEmpty()) {
            return rows;
        }
        md.append("\nEvent lag per hop (`avrr_inbox_lag_seconds`: the event's creation in its producer's transaction ")
                .append("to the consumer's effect committed), the bucket bound at or above the quantile:\n\n")
                .append("| round | simulation | consumer | events applied | p50 ms (at most) | p99 ms (at most) ")
                .append("| still to apply when the load ended |\n|---|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return rows;
    }

    private static final double COUNT = -1;
    private static final Pattern LAG = Pattern.compile(
            "avrr_inbox_lag_seconds_(bucket|count)\\{([^}]*)} ([0-9.eE+]+)");

    /** consumer -> bucket bound (seconds; {@link #COUNT} for the count) -> cumulative count. */
    private static Map<String, Map<Double, Double>> histograms(Path scrape) throws IOException {
        Map<String, Map<Double, Double>> found = new LinkedHashMap<>();
        if (!Files.exists(scrape)) {
            return found;
        }
        for (String line : Files.readAllLines(scrape)) {
            Matcher m = LAG.matcher(line);
            if (!m.find()) {
                continue;
            }
            String consumer = label(m.group(2), "consumer");
            double bound = m.group(1).equals("count") ? COUNT
                    : label(m.group(2), "le").equals("+Inf") ? Double.MAX_VALUE
                    : Double.parseDouble(label(m.group(2), "le"));
            found.computeIfAbsent(consumer, k -> new TreeMap<>()).merge(bound, Double.parseDouble(m.group(3)),
                    Double::sum);
        }
        return found;
    }

    private static String label(String labels, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return m.find() ? m.group(1) : "";
    }

    private static String quantile(Map<Double, Double> end, Map<Double, Double> start, double count, double q) {
        for (Map.Entry<Double, Double> bucket : end.entrySet()) {
            if (bucket.getKey() == COUNT) {
                continue;
            }
            double within = bucket.getValue() - start.getOrDefault(bucket.getKey(), 0.0);
            if (within >= q * count) {
                return bucket.getKey() == Double.MAX_VALUE ? "more than the last bound"
                        : String.format("%.0f", bucket.getKey() * 1000);
            }
        }
        return "?";
    }

    /** A call of a journey, "phase: route nn/NN what" (Journey.java): the route's nn-th of its NN calls. */
    private static final Pattern JOURNEY_CALL = Pattern.compile("[^:]+: ([A-Z]{2}) \\d{2}/(\\d{2}) .*");

    /** Any request of a journey, its calls' and its waits' polls: "phase: route ...". */
    private static final Pattern JOURNEY_REQUEST = Pattern.compile("[^:]+: [A-Z]{2} .*");

    /**
     * How many units of its load a report's measured period completed (its warm-up left out). Of pairs: the OK
     * answers of the acceptance. Of whole journeys (calls named by route and number): a journey lasts longer than
     * the measured window, whose journeys are under way at its ends, so they are counted by their calls: for each
     * route, the OK answers of its calls (its waits' polls left out) divided by its number of calls, summed over the
     * routes.
     */
    private static double completed(Path report) throws IOException {
        Map<String, double[]> routes = new TreeMap<>();
        boolean ofJourneys = false;
        Double acceptances = null;
        try (var files = Files.list(report)) {
            for (Path page : files.filter(p -> p.getFileName().toString().startsWith("req_")).toList()) {
                String html = Files.readString(page);
                String name = between(html, "<title>Gatling Stats - ", "</title>");
                if (name.startsWith("warm-up")) {
                    continue;
                }
                Matcher call = JOURNEY_CALL.matcher(name);
                ofJourneys |= JOURNEY_REQUEST.matcher(name).matches();
                if (call.matches()) {
                    double[] route = routes.computeIfAbsent(call.group(1), k -> new double[2]);
                    route[0] += cell(html, "Total count", "ok");
                    route[1] = Double.parseDouble(call.group(2));
                } else if (name.endsWith("/acceptance") && acceptances == null) {
                    acceptances = cell(html, "Total count", "ok");
                }
            }
        }
        if (ofJourneys) {
            return routes.values().stream().mapToDouble(route -> route[0] / route[1]).sum();
        }
        if (acceptances != null) {
            return acceptances;
        }
        throw new IllegalStateException("No journey and no acceptance in " + report);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start)).trim();
    }

    /** A cell of a statistics page: the row of that title, the column of that class ("-" reads as 0). */
    private static double cell(String html, String title, String column) {
        int row = html.indexOf("<td class=\"title\">" + title);
        String value = between(html.substring(row), "<td class=\"" + column + "\">", "</td>");
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }
}
