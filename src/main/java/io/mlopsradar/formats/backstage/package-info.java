/** Backstage tech-radar JSON (TechRadarLoaderResponse). Uses {@code formats} and {@code editions}. */
package io.mlopsradar.formats.backstage;
