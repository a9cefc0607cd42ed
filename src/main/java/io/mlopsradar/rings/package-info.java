/**
 * The ring policy: the region map and the evidence rules that give a tool its ring, confidence and reasons. Uses
 * {@code landscape}, {@code catalog} and {@code text}; no web, database or command-line code.
 */
package io.mlopsradar.rings;
