/** Importing outside radar files into stored radars, atomically and audited, for the command line and the web app alike. */
package io.mlopsradar.imports;
