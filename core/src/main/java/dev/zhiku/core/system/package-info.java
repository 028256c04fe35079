/**
 * Asking the operating system: short commands with a timeout that never throw
 * ({@link dev.zhiku.core.system.CommandRunner}).
 */
package dev.zhiku.core.system;
