package dev.avrr.platform.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import dev.avrr.platform.problem.Problems;

/** Entity versions as ETags, and the If-Match check of updates and commands. */
public final class ETags {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses a stale If-Match with 412. An absent header passes, for commands that do not require one;
     * updates call {@link #require} first.
     */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        Matcher m = VERSION.matcher(ifMatch.trim());
        if (!m.matches()) {
            throw Problems.invalid("If-Match", "must be the ETag of the resource, e.g. \"3\"");
        }
        if (Long.parseLong(m.group(1)) != currentVersion) {
            throw Problems.preconditionFailed(currentVersion);
        }
    }

    public static String require(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new dev.avrr.platform.problem.ProblemException(dev.avrr.platform.problem.ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that no one else's change is overwritten");
        }
        return ifMatch;
    }
}
