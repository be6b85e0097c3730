package dev.avrr.platform.protection;

import jakarta.persistence.Converter;

/**
 * A protected code that erasure keeps (a programme, a category, a kind): protected at rest like any special
 * category, sealed with the service's key so that statistics count it after the person was erased.
 */
@Converter
public class ProtectedCode extends ProtectedString implements KeptOnErasure {
}
