/**
 * Outside radar formats: the contracts every format package implements (readers, writers, import options), the
 * mapping of their names to ours and the text-file rules they share. The format sub-packages depend on this one,
 * never the reverse; {@code formats.registry} lists them all. Uses {@code editions}, {@code landscape},
 * {@code catalog} and {@code input}; no web, database or command-line code.
 */
package io.mlopsradar.formats;
