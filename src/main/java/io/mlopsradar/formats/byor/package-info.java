/** Thoughtworks Build Your Own Radar CSV and JSON. Uses {@code formats} and {@code editions}. */
package io.mlopsradar.formats.byor;
