package dev.avrr.grant.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.ledger.CategoryBalance;
import dev.avrr.grant.money.Money;

/** A category's money: allocated, converted in and out, reserved, disbursed and remaining. */
@Schema(name = "CategoryFigures")
public record CategoryFigures(String category, Money allocated, Money convertedIn, Money convertedOut, Money reserved,
        Money disbursed, Money remaining) {

    static CategoryFigures of(CategoryBalance b, String currency) {
        return new CategoryFigures(b.category(), Money.of(b.allocated(), currency), Money.of(b.convertedIn(), currency),
                Money.of(b.convertedOut(), currency), Money.of(b.reserved(), currency),
                Money.of(b.disbursed(), currency), Money.of(b.available(), currency));
    }
}
