/**
 * Finding the files to index: {@link dev.zhiku.indexer.discovery.SourceWalker} walks the user's roots under
 * {@link dev.zhiku.indexer.discovery.SourceRules} (globs, hidden and system folders, size limit, symbolic links)
 * and the gitignore-style {@code .zhikuignore} files ({@link dev.zhiku.indexer.discovery.IgnoreRules}).
 *
 * <p>Files stream out through a callback; what cannot be taken is reported as a
 * {@link dev.zhiku.core.SourceProblem}, never thrown. To add a rule, add a component to {@code SourceRules}
 * and apply it in {@code RuleMatcher}, which both the walk and {@code SourceWalker.isCandidate} use.
 */
package dev.zhiku.indexer.discovery;
