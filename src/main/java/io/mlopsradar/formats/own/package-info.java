/** Our own YAML history of a radar, every edition in one file. Uses {@code formats} and {@code editions}. */
package io.mlopsradar.formats.own;
