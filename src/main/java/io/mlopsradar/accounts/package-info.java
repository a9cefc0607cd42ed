/**
 * Who may do what: accounts, roles per radar, password hashing, secret tokens and the sign-in rate limit.
 * Uses no web, database or CLI code; the repositories live in {@code store}.
 */
package io.mlopsradar.accounts;
