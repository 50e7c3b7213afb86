/** The S3 door: reads uploaded articles and writes their checklists or error objects beside them. */
package io.claimcheck.storage;
