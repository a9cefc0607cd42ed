/**
 * Builds the pictures of the domain (catalogue radar, landscape, histories, advice) from domain objects, using
 * {@code drawing} to draw them. Uses the domain packages; no web, database or command-line code.
 */
package io.mlopsradar.pictures;
