package io.claimcheck.api;

/** Input that cannot be turned into an article; carries the problem to answer with. */
public final class BadInputException extends RuntimeException {
    private final transient Problem problem;

    public BadInputException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static BadInputException invalid(String detail, String field, String message) {
        return new BadInputException(new Problem("urn:claimcheck:problem:validation", "Invalid article", 400, detail,
                java.util.List.of(new Problem.Violation(field, message))));
    }

    public static BadInputException malformed(String detail) {
        return new BadInputException(Problem.of("malformed", "Malformed request", 400, detail));
    }

    public static BadInputException tooLarge(String detail) {
        return new BadInputException(Problem.of("too-large", "Request too large", 413, detail));
    }
}
