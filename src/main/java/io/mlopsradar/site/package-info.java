/**
 * The static site of a radar: pages for every edition and blip with relative links that work from disk. Uses the
 * domain packages, {@code pictures} and {@code drawing}; no web, database or command-line code.
 */
package io.mlopsradar.site;
