/**
 * The static site of a radar: pages for every edition and blip with relative links that work from disk, rendered
 * from the jte templates under {@code src/main/jte/site} through {@code templates}. Uses the domain packages,
 * {@code pictures}, {@code drawing} and {@code templates}; no web, database or command-line code.
 */
package io.mlopsradar.site;
