package dev.avrr.platform.workqueue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problems;

/**
 * The caller's work queue in this service: the items of every {@link WorkItemSource} the service has, newest first,
 * paged, with a count. The same shape in every service (docs/work-queues.md); each service fills it with its own
 * work.
 */
@ApplicationScoped
public class WorkQueue {

    private static final Comparator<WorkItem> NEWEST_FIRST = Comparator.comparing(WorkItem::since,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(i -> i.subjectId().toString());

    @Inject
    @Any
    Instance<WorkItemSource> sources;

    /** The kinds of work this service knows. */
    public Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        sources.forEach(s -> kinds.addAll(s.kinds()));
        return kinds;
    }

    /** The caller's items, of one kind if given (400 naming {@code kind} if this service knows no such kind). */
    public Page<WorkItem> page(String kind, PageRequest page) {
        if (kind != null && !kinds().contains(kind)) {
            throw Problems.invalid("kind", "is not one of: " + String.join(", ", kinds()));
        }
        List<WorkItem> all = sources.stream().filter(s -> kind == null || s.kinds().contains(kind))
                .flatMap(s -> s.items().stream()).filter(i -> kind == null || kind.equals(i.kind()))
                .sorted(NEWEST_FIRST).toList();
        int from = Math.min(page.page() * page.size(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new Page<>(all.subList(from, to), page.page(), page.size(), all.size());
    }
}
