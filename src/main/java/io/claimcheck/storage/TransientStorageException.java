package io.claimcheck.storage;

/**
 * S3 could not be read or written (unreachable, throttled, failing). It fails the invocation on
 * purpose: Lambda retries the event, then hands it to the on-failure destination. Bad input never
 * raises it.
 */
public class TransientStorageException extends RuntimeException {
    public TransientStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
