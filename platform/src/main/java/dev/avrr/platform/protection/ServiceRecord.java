package dev.avrr.platform.protection;

/**
 * An entity whose protected columns hold the service's own secrets, not a person's data (a webhook's signing
 * secret): they are sealed with the service's key, bound to their row like every protected value.
 */
public interface ServiceRecord {
}
