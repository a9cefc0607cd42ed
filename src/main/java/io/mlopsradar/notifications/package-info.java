/** Webhooks: a JSON POST to a radar's configured URL on proposals, decisions and publishing, sent in the background. */
package io.mlopsradar.notifications;
