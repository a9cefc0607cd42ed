/**
 * The advisor: an organisation profile becomes a capability map, a personalised radar, recommendations and
 * build-vs-buy advice. Uses {@code landscape}, {@code catalog}, {@code rings}, {@code text} and {@code input}; no web,
 * database or command-line code.
 */
package io.mlopsradar.advisor;
