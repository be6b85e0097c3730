package dev.avrr.platform.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * Bean Validation's clock is {@link Now}'s: a date bound such as {@code @PastOrPresent} sees the same today as every
 * rule — a test's fixed clock, the local stack's moved one ({@link StackClock}) — not the system's.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return Now.clock();
    }
}
