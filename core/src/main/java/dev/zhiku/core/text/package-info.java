/**
 * Small text tools several modules need alike: sentence splitting with exact offsets (Chinese and English),
 * script tests and language guessing. JDK only.
 */
package dev.zhiku.core.text;
