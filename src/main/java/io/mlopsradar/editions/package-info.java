/**
 * Radars, their dated editions and blips, movement between editions and timelines. Uses {@code landscape},
 * {@code rings} and {@code text}; no web, database or command-line code.
 */
package io.mlopsradar.editions;
