/** Helpers shared by the format readers and writers; not API. */
package io.mlopsradar.formats.internal;
