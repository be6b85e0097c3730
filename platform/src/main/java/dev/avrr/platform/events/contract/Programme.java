package dev.avrr.platform.events.contract;

/**
 * The programmes a case runs under (DOMAIN.md): the vulnerable groups programme (seed 000), the victims of
 * trafficking programme (seed 001), UDI's ordinary assisted-return grant, and the Swedish programme run with
 * the coordinator and IOM Helsinki (seed 002). What each gives is grant-service's catalogue, as data.
 */
public enum Programme {
    VULNERABLE_GROUPS, VICTIMS_OF_TRAFFICKING, UDI_STANDARD, SWEDISH_AVRR
}
