package dev.avrr.platform.workqueue;

import java.util.List;
import java.util.Set;

/**
 * Where a service finds one kind (or a few kinds) of work for the caller: each implementation asks its own data,
 * scoped by the sharing rule for the caller's token, and answers nothing for a caller of another role.
 */
public interface WorkItemSource {

    /** The kinds of items this source gives. */
    Set<String> kinds();

    /** The caller's items of these kinds, in any order. */
    List<WorkItem> items();
}
