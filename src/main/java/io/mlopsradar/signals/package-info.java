/**
 * Signals from outside APIs (GitHub, PyPI, npm): the facts a tool's evidence draws on, fetched with timeouts,
 * retries and a response cache. Uses {@code catalog} and the JDK's HTTP client; no web, database or command-line code.
 */
package io.mlopsradar.signals;
