/** The CMS webhook door: signature checks (Ghost, Superdesk, Standard Webhooks), replay protection, signed callbacks. */
package io.claimcheck.webhook;
