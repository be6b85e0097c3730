package dev.avrr.grant.catalogue;

/** How support is given: cash to a person, or in kind, paid to a vendor or service provider. */
public enum SupportForm {
    CASH, IN_KIND
}
