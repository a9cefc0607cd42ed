/** The AOE technology radar: one Markdown file per item per release, and a config.json. Uses {@code formats} and {@code editions}. */
package io.mlopsradar.formats.aoe;
