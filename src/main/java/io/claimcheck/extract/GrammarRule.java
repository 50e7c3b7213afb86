package io.claimcheck.extract;

/**
 * One rule of the grammar as a value: a name that reads like the grammar line it implements
 * ({@code "<number> <scale>"}) and the step that applies it. A step reads the tokens from
 * {@code k} on, grows the candidate when its line matches, and returns the first token it did not
 * consume: {@code k} itself when the line does not match. Rules compose by running in order, each
 * from where the one before stopped, so "$2.5bn-plus" is {@code <currency> <number><scale>}, then
 * {@code <number>-plus}.
 *
 * @param <P> the rule set the step belongs to, which holds the scan's tokens and lexicon
 */
record GrammarRule<P>(String name, Step<P> step) {

    /** What a rule does to a candidate at token {@code k}; returns the next token. */
    @FunctionalInterface
    interface Step<P> {
        int apply(P rules, Candidate c, int k);
    }

    int apply(P rules, Candidate c, int k) {
        return step.apply(rules, c, k);
    }
}
