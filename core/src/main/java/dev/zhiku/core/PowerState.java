package dev.zhiku.core;

/** Whether the machine runs on mains power, on battery, or cannot tell. */
public enum PowerState { MAINS, BATTERY, UNKNOWN }
