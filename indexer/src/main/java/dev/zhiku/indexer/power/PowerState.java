package dev.zhiku.indexer.power;

/** Where the machine draws power from. */
public enum PowerState {
    /** A charger or mains adapter is connected. */
    MAINS,
    /** Running on battery. */
    BATTERY,
    /** The operating system does not say (desktops, servers, containers); treated as mains. */
    UNKNOWN
}
