/** The HTTP door: RESTEasy Reactive resources, request validation and problem+json errors. */
package io.claimcheck.api;
