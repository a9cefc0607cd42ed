/**
 * Drawing: blip layout, radar, landscape and timeline SVG, and PNG and PDF export. Knows pictures only, no domain
 * package; uses {@code text} for URL encoding, Batik and openhtmltopdf.
 */
package io.mlopsradar.drawing;
