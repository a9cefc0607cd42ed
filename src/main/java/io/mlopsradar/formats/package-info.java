/**
 * Outside radar formats: the readers and writers of one sub-package per format, the mapping of their names to ours,
 * and the {@link io.mlopsradar.formats.Format} list that names them all. Uses {@code editions}, {@code landscape},
 * {@code catalog} and {@code input}; no web, database or command-line code.
 */
package io.mlopsradar.formats;
