/** The audit trail's values: who wrote what, when, from where, and the state before and after. */
package io.mlopsradar.audit;
