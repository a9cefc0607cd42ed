/**
 * Every outside format by its id, with its reader and writer: the one place that knows all the format packages,
 * which themselves know only {@code formats} and {@code formats.internal}.
 */
package io.mlopsradar.formats.registry;
