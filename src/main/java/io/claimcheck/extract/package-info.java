/** Finds quantities in plain text and assembles them into claims with their context; plain Java only. */
package io.claimcheck.extract;
