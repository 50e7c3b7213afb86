package io.claimcheck.webhook;

/** Test access to the HMAC the webhook door uses, to sign requests the way senders do. */
public final class SignaturesAccess {
    private SignaturesAccess() {
    }

    public static byte[] hmac(byte[] key, byte[] prefix, byte[] body) {
        return Signatures.hmac("HmacSHA256", key, Signatures.concat(prefix, body));
    }
}
