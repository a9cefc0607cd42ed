/** Small text helpers shared by every layer: Markdown to safe HTML, URL encoding, column lengths, control characters. Uses nothing of ours. */
package io.mlopsradar.text;
