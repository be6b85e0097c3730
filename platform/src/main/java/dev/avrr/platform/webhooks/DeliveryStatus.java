package dev.avrr.platform.webhooks;

/** Where a webhook delivery stands: waiting to be sent (again), delivered, given up, or no longer to be sent. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
