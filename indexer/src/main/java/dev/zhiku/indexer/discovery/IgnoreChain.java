package dev.zhiku.indexer.discovery;

import java.nio.file.Path;

/**
 * The {@link IgnoreRules} in force in one folder: its own {@code .zhikuignore} stacked on those of the folders
 * above it. Immutable; a walk keeps one chain per folder depth.
 */
public final class IgnoreChain {

    private static final IgnoreChain EMPTY = new IgnoreChain(null, null);

    private final IgnoreChain outer;
    private final IgnoreRules rules;

    private IgnoreChain(IgnoreChain outer, IgnoreRules rules) {
        this.outer = outer;
        this.rules = rules;
    }

    public static IgnoreChain empty() {
        return EMPTY;
    }

    /** This chain with deeper rules on top; empty rules leave the chain as it is. */
    public IgnoreChain with(IgnoreRules deeper) {
        return deeper.isEmpty() ? this : new IgnoreChain(this, deeper);
    }

    /** Whether the deepest rule set that matches the path ignores it. */
    public boolean isIgnored(Path path, boolean isDirectory) {
        for (IgnoreChain chain = this; chain.rules != null; chain = chain.outer) {
            IgnoreRules.Decision decision = chain.rules.match(path, isDirectory);
            if (decision != IgnoreRules.Decision.NO_MATCH) {
                return decision == IgnoreRules.Decision.IGNORED;
            }
        }
        return false;
    }
}
