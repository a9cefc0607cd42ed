/**
 * The catalogue of tools: the bundled YAML, its validation, and the facts and signals of each tool. Uses
 * {@code landscape}, {@code text} and {@code input}; no web, database or command-line code.
 */
package io.mlopsradar.catalog;
