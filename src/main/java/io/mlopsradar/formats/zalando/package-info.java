/** Zalando tech-radar JSON, quadrants and rings by index. Uses {@code formats} and {@code editions}. */
package io.mlopsradar.formats.zalando;
