/**
 * CNCF / LF AI &amp; Data landscape files, read into catalogue tools through a mapping of their categories. Uses
 * {@code formats}, {@code catalog} and {@code editions}.
 */
package io.mlopsradar.formats.landscape;
