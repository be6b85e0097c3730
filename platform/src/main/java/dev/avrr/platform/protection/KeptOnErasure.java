package dev.avrr.platform.protection;

/**
 * A protected column whose values erasure keeps: a code that statistics count (a programme, a category, a kind of
 * alert, a survey's answers). Its converter implements this; its values are sealed with the service's key, never a
 * subject's, so destroying a person's keys leaves them readable and every statistic the same.
 */
public interface KeptOnErasure {
}
