/**
 * The catalogue set beside public lists of the field (landscape files, Markdown awesome-lists): what they name that
 * the catalogue lacks, most often named first. Uses {@code catalog} and the shared readers in {@code input}.
 */
package io.mlopsradar.formats.coverage;
