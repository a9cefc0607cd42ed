/**
 * The {@code radar} command line (picocli): one command per class, each building what it needs with plain
 * constructors. The outermost layer: it may use every other package.
 */
package io.mlopsradar.cli;
