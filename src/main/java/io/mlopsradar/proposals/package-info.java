/**
 * Proposals to change a radar (add, move or remove a blip) with their discussion, votes and decision, and how an
 * accepted proposal changes the radar's next draft edition. Uses {@code editions}; no web, database or CLI code.
 */
package io.mlopsradar.proposals;
