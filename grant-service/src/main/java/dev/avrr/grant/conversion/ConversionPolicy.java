package dev.avrr.grant.conversion;

import static dev.avrr.grant.catalogue.CategoryKind.ACCOMMODATION;
import static dev.avrr.grant.catalogue.CategoryKind.INCOME_GENERATION;
import static dev.avrr.grant.catalogue.CategoryKind.MEDICAL;
import static dev.avrr.grant.catalogue.CategoryKind.SUBSISTENCE;

import java.util.List;

import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.catalogue.CategoryKind;
import dev.avrr.grant.catalogue.InKindNeverCash;
import dev.avrr.platform.problem.Problems;

// docs/domain.md#conversion-rules: accommodation and medical convert into education, training, business or employment; nothing into accommodation except for minors; in-kind never cash; an adult may convert subsistence.
/**
 * Which conversions between an entitlement's categories are allowed, by category kind. The named refusals come
 * first, so a refusal says which conversion rule it broke; anything the table does not provide is refused too.
 */
public final class ConversionPolicy {

    public static final String NO_CONVERSION_INTO_ACCOMMODATION = "no-conversion-into-accommodation";
    public static final String SUBSISTENCE_ADULTS_ONLY = "subsistence-conversion-adults-only";
    public static final String NOT_PROVIDED = "conversion-not-provided";

    /** Who a row of the table is for. */
    public enum Who {
        ANYONE, ADULTS, MINORS;

        boolean includes(boolean minor) {
            return this == ANYONE || (this == MINORS) == minor;
        }
    }

    /** One allowed conversion, from one kind into another, for these beneficiaries. */
    public record Allowed(CategoryKind from, CategoryKind to, Who who) {
    }

    public static final List<Allowed> TABLE = List.of(
            new Allowed(ACCOMMODATION, INCOME_GENERATION, Who.ANYONE),
            new Allowed(ACCOMMODATION, MEDICAL, Who.ANYONE),
            new Allowed(MEDICAL, INCOME_GENERATION, Who.ANYONE),
            new Allowed(SUBSISTENCE, INCOME_GENERATION, Who.ADULTS),
            new Allowed(INCOME_GENERATION, ACCOMMODATION, Who.MINORS),
            new Allowed(MEDICAL, ACCOMMODATION, Who.MINORS),
            new Allowed(SUBSISTENCE, ACCOMMODATION, Who.MINORS));

    private ConversionPolicy() {
    }

    public static void check(EntitlementCategory from, EntitlementCategory to, boolean minor) {
        if (from.code.equals(to.code)) {
            throw Problems.invalid("to", "must be another category than 'from'");
        }
        InKindNeverCash.checkConversion(from.code, from.form, to.code, to.form);
        if (to.kind == ACCOMMODATION && !minor) {
            throw Problems.rule(NO_CONVERSION_INTO_ACCOMMODATION, "Nothing may be converted into accommodation ("
                    + to.code + ") except for a minor: the package is meant to start an income that covers housing");
        }
        if (from.kind == SUBSISTENCE && minor && to.kind != ACCOMMODATION) {
            throw Problems.rule(SUBSISTENCE_ADULTS_ONLY, "Only an adult may convert subsistence (" + from.code
                    + "); a child's subsistence is in kind, paid on needs");
        }
        boolean allowed = TABLE.stream().anyMatch(a -> a.from() == from.kind && a.to() == to.kind && a.who().includes(minor));
        if (!allowed) {
            throw Problems.rule(NOT_PROVIDED, from.code + " (" + from.kind + ") may not be converted into " + to.code
                    + " (" + to.kind + ")");
        }
    }
}
