package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The question-and-answer layout of an interview. An article is read as one when its headline or
 * text speaks of an interview and some of its paragraphs are questions (they end with '?').
 * Figures in a question are the interviewer's (the publisher, or whoever the headline says
 * "interviews"); figures in the answers after it are the interviewee's, named by the nearest
 * "interviewee <Name>" before them (photo captions usually say it), else "interviewed expert".
 */
final class Interview {

    /** A paragraph: where it starts and ends, and who speaks in it (null: nobody in particular). */
    private record Part(int start, int end, Attribution speaker) {
    }

    private final List<Part> parts;

    private Interview(List<Part> parts) {
        this.parts = parts;
    }

    /** The interview layout of {@code text}, or null when it is not an interview. */
    static Interview of(String text, String headline, String publisher) {
        String h = headline == null ? "" : headline.toLowerCase(Locale.ROOT);
        if (!h.contains("interview") && !text.contains("nterviewee")) {
            return null; // "Interviewee" or "interviewee": no need to lower-case the whole text
        }
        String interviewer = interviewer(headline, publisher);
        List<Part> parts = new ArrayList<>();
        boolean afterQuestion = false;
        String interviewee = null;
        int pos = 0;
        int questions = 0;
        while (pos < text.length()) {
            int end = text.indexOf("\n\n", pos);
            if (end < 0) {
                end = text.length();
            }
            String para = text.substring(pos, end).strip();
            String lowerPara = para.toLowerCase(Locale.ROOT);
            int named = lowerPara.indexOf("interviewee ");
            if (named >= 0) {
                String name = properName(para, named + "interviewee ".length());
                if (name != null) {
                    interviewee = name;
                }
            }
            Attribution speaker = null;
            if (para.endsWith("?")) {
                speaker = new Attribution(null, interviewer + " (question)", "media");
                afterQuestion = true;
                questions++;
            } else if (afterQuestion && named < 0 && !para.isEmpty()) {
                String who = interviewee == null ? "interviewed expert" : interviewee + " (interviewed expert)";
                speaker = new Attribution(null, who, "person");
            }
            parts.add(new Part(pos, end, speaker));
            pos = end + 2;
        }
        return questions == 0 ? null : new Interview(parts);
    }

    /** Who speaks at {@code offset}, or null when the interview layout says nothing there. */
    Attribution speaker(int offset) {
        int lo = 0;
        int hi = parts.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Part p = parts.get(mid);
            if (offset < p.start) {
                hi = mid - 1;
            } else if (offset >= p.end) {
                lo = mid + 1;
            } else {
                return p.speaker;
            }
        }
        return null;
    }

    private static String interviewer(String headline, String publisher) {
        if (publisher != null && !publisher.isBlank()) {
            return publisher.strip();
        }
        if (headline != null) {
            int i = headline.toLowerCase(Locale.ROOT).indexOf(" interview");
            if (i > 0) {
                String before = headline.substring(0, i).strip();
                int sp = before.lastIndexOf(' ');
                String last = sp < 0 ? before : before.substring(sp + 1);
                if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
                    return last;
                }
            }
        }
        return "the interviewer";
    }

    /** "David Titley" from "David Titley. Image: ...": up to four capitalised words. */
    private static String properName(String s, int from) {
        String[] words = s.substring(from).split("\\s+");
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < words.length && k < 4; k++) {
            String w = words[k].replaceAll("[.,;:]$", "");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(w);
            if (!words[k].equals(w)) {
                break; // the name ended with punctuation
            }
        }
        return name.length() == 0 ? null : name.toString();
    }
}
