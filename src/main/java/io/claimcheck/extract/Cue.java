package io.claimcheck.extract;

import java.util.Locale;

/**
 * The cues of {@code cues.tsv}: words that single rules read ("won" before a score, "weighed" before
 * pounds). A cue's name in the file is its constant's name in lower case with hyphens
 * ({@code MOVE_VERB} is "move-verb"), so the file and the code share one list. What each cue means is
 * written at the top of the file.
 */
enum Cue {
    SUPERLATIVE, MOVE_VERB, WEIGHT_VERB, METRE_CONTEXT, SCORE_VERB, SCORE_WORD, EARLIER, OVER_BOUND, MORE, LESS,
    YEAR_NOUN, TIMES_BASE, MAKE_UP, TIMEZONE, QUAKE, CHANGE_NOUN, MODEL_SUFFIX, PAGE_COUNTER, STAMP,
    DISCOURSE_NOUN, SPREAD, RACE_VERB, PEOPLE, VOTE_VERB, MATCH_PERIOD, COUNTED_PART, SECURITY, TENNIS_SET, COMPLETION, WEIGHED_GOODS, JUMP_VERB, RACE_TIME, TAKE_OFF, RATE_NOUN, RUNNING_VERB, CONVICTION, GAP_NOUN, WATER_LEVEL, TIME_AHEAD, MATCH_WORD, MARKET_INDEX, DIAL_VERB, PHONE_LINE;

    /** The cue's bit in a word's cue set: a word may carry several cues, held in one long. */
    final long bit = 1L << ordinal();
    /** The cue's name in cues.tsv. */
    final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    static {
        if (values().length > Long.SIZE) {
            throw new IllegalStateException("more cues than bits in a long");
        }
    }

    /** The cue named {@code label} in cues.tsv, or null for an unknown name. */
    static Cue named(String label) {
        for (Cue c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        return null;
    }
}
