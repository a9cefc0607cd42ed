/**
 * Reading structured input (YAML and JSON) with line numbers, and the {@link io.mlopsradar.input.Problem} that names
 * the file, line and field of bad input everywhere. Uses nothing of ours.
 */
package io.mlopsradar.input;
