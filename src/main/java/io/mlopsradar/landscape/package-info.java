/**
 * The landscape of FRAMEWORK.md: axes, quadrants, categories, rings and lifecycle stages, and where a tool sits on
 * it. Uses only {@code input}, to read the bundled framework.
 */
package io.mlopsradar.landscape;
