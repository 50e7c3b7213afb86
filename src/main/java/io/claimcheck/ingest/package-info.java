/** Recognises the input format and turns it into an {@link io.claimcheck.ingest.Article} with plain text and offsets. */
package io.claimcheck.ingest;
