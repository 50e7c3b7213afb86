/** Turns claims into checklist items: check-worthiness, priority, checks a human should make, stable ids. */
package io.claimcheck.checklist;
