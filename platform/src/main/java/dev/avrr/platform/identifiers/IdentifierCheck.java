package dev.avrr.platform.identifiers;

/**
 * The outcome of checking an identifier. {@link Verdict#WARNING} accepts the value but tells the sender
 * something may be wrong (a DUF number whose check digits do not match the rule known from public code).
 * The message never repeats the value.
 */
public record IdentifierCheck(Verdict verdict, String message) {

    public enum Verdict {
        VALID, WARNING, INVALID
    }

    public static IdentifierCheck valid() {
        return new IdentifierCheck(Verdict.VALID, null);
    }

    public static IdentifierCheck warning(String message) {
        return new IdentifierCheck(Verdict.WARNING, message);
    }

    public static IdentifierCheck invalid(String message) {
        return new IdentifierCheck(Verdict.INVALID, message);
    }

    public boolean accepted() {
        return verdict != Verdict.INVALID;
    }
}
