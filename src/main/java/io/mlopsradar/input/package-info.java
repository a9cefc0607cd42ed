/**
 * Reading structured input (YAML and JSON) with line numbers, and the {@link io.mlopsradar.input.Problem} that names
 * the file, line and field of bad input everywhere; the files of a bundled class-path folder with their checksums
 * ({@link io.mlopsradar.input.ClassPathFolder}). Uses nothing of ours.
 */
package io.mlopsradar.input;
