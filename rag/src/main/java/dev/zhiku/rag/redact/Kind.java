package dev.zhiku.rag.redact;

/** What a redacted value is; the name is the placeholder's prefix, as in {@code [PHONE_2]}. */
public enum Kind {
    EMAIL, PHONE, ID, CARD, IP, SECRET, TERM
}
