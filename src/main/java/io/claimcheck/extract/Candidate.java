package io.claimcheck.extract;

/**
 * A number being grown into a claim: the tokens it covers, what the rules have made of it so far,
 * and the names of the rules that made it, read like grammar lines ("<qualifier> <number> <scale>").
 */
final class Candidate {

    // what the atom was
    static final int CARD = 1, ORD = 2, FRAC = 3, VAGUE = 4, MULT = 5, RANK = 6, TWICE = 7;
    /** A span that is consumed and yields nothing. */
    static final int SKIP = -1;

    int ts, te;          // token range of the whole span
    int coreS, coreE;    // token range of the number itself
    int type;
    double value;
    double max = Double.NaN;
    String kind;
    String unit;
    String bound = "exact";
    String change;
    boolean spelled;
    boolean scaled;
    boolean qualified;
    boolean money;
    boolean fractionWord;
    double scale = 1;
    String rule = "<number>";

    Candidate(int s, int e, int type, double value) {
        this.ts = this.coreS = s;
        this.te = this.coreE = e;
        this.type = type;
        this.value = value;
    }

    /** The unit read after the number: it sets the kind and converts the value to the unit's base. */
    void applyUnit(Lexicon.Unit u) {
        switch (u.kind()) {
            case "percent" -> {
                kind = "percent";
                unit = "%";
            }
            case "percentage_points" -> {
                kind = "percentage_points";
                if (u.unit().equals("bp")) {
                    value = value / 100;
                }
                unit = "pp";
            }
            default -> {
                kind = u.kind();
                unit = u.unit();
                value *= u.factor();
                // "half an hour" is 30 minutes, "a quarter of a year" 3 months; a written decimal keeps its
                // unit ("fell by 0.4 years")
                if (type == FRAC && value < 1 && unit.equals("hours")) {
                    value *= 60;
                    unit = "minutes";
                } else if (type == FRAC && value < 1 && unit.equals("years")) {
                    value *= 12;
                    unit = "months";
                }
            }
        }
        if (type == FRAC && !"ratio".equals(kind)) {
            type = CARD;
        }
    }
}
