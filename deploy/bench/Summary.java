import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the benchmark's summary (docs/performance.md) from what ./deploy/bench/run collected: Gatling's statistics
 * of each measured endpoint (its warm-up left out), read from the report's page of each request, each throughput as a ratio to the bare insert of the same round,
 * and each process's start time, RSS and CPU. Run as a single source file: java Summary.java OUT SECONDS JDK.
 */
public class Summary {

    public static void main(String[] args) throws IOException {
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
            String[] f = line.split("\t");
            List<Path> pages;
            try (var files = Files.list(Path.of(f[2]))) {
                pages = files.filter(p -> p.getFileName().toString().startsWith("req_")).sorted().toList();
            }
            for (Path page : pages) {
                String html = Files.readString(page);
                String name = between(html, "<title>Gatling Stats - ", "</title>");
                if (name.startsWith("warm-up")) {
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
        }
        for (String[] r : rows) {
            Double base = bareInsert.get(r[0]);
            String ratio = base == null || base == 0 ? "" : String.format("%.0f %%", 100 * Double.parseDouble(r[6]) / base);
            md.append("| ").append(String.join(" | ", r[0], r[1], r[2], r[3], r[4], r[5], ratio)).append(" |\n");
        }
        md.append("\n| process | ready in (s) | RSS idle (MB) | RSS peak under load (MB) | CPU (s) per simulation |\n");
        md.append("|---|---|---|---|---|\n");
        Map<String, Map<String, String>> processes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("processes.tsv"))) {
            String[] f = line.split("\t");
            processes.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[0], f[2]);
        }
        Map<String, StringBuilder> cpu = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("cpu.tsv"))) {
            String[] f = line.split("\t");
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
        String stack = processes.getOrDefault("stack", Map.of()).getOrDefault("stack-up-ms", "?");
        md.append("\nThe local stack up (`avrr up`, built tree, databases fresh): ").append(stack).append(" ms.\n");
        System.out.print(md);
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
