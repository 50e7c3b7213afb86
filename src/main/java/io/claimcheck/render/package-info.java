/** Renders a checklist for people and tools: the JSON contract, Markdown for editors, ClaimReview skeletons. */
package io.claimcheck.render;
