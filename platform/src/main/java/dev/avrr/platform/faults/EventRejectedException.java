package dev.avrr.platform.faults;

import java.sql.SQLException;

/**
 * An event that cannot take effect. Its message becomes the dead-letter reason, so it names the event and
 * the kind of failure only, never data from the event.
 */
public class EventRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventRejectedException(String reason) {
        super(reason, null, false, false);
    }

    /** The failure's kind (and SQL state), without its message, which may quote data. */
    public static String safeReason(Throwable e) {
        if (e == null) {
            return "unknown";
        }
        if (e instanceof EventRejectedException) {
            return e.getMessage();
        }
        Throwable root = e;
        String sqlState = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return root.getClass().getSimpleName() + (sqlState != null ? " (SQL state " + sqlState + ")" : "");
    }
}
