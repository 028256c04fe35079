package dev.zhiku.rag.collection;

import java.time.LocalDate;

/**
 * Days from {@code from} (inclusive) to {@code to} (exclusive), in the user's time zone; either end may be open
 * (null).
 */
public record DateRange(LocalDate from, LocalDate to) {
}
