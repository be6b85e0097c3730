package dev.avrr.vocabulary.events;

/**
 * The programmes a case runs under (docs/domain.md#the-reintegration-grants): the vulnerable groups programme,
 * the victims of trafficking programme, UDI's ordinary assisted-return grant, and the Swedish programme run with
 * the coordinator and IOM Helsinki (docs/domain.md#the-swedish-route). What each gives is grant-service's
 * catalogue, as data.
 */
public enum Programme {
    VULNERABLE_GROUPS, VICTIMS_OF_TRAFFICKING, UDI_STANDARD, SWEDISH_AVRR
}
