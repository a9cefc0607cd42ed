/**
 * The database: the connection, migrations and the repositories that store tools, radars, editions and curation.
 * Uses the domain packages; no web or command-line code.
 */
package io.mlopsradar.store;
