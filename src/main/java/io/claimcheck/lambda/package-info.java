/** The Lambda doors beside HTTP: S3 events and direct invocations, routed by the payload's shape. */
package io.claimcheck.lambda;
