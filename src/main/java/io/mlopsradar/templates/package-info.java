/**
 * The one set-up of the precompiled jte templates (from {@code src/main/jte}, HTML with auto-escaping) that the web
 * app and the static site both render through. Uses only jte; no project package.
 */
package io.mlopsradar.templates;
