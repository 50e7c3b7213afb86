/** The one facade over the engine stages: an article in, a checklist out. */
package io.claimcheck.engine;
