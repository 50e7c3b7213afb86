package io.claimcheck.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns an article body into the plain text that claims index: text as it is, HTML through
 * jsoup (paragraphs, headings and list items become blocks separated by a blank line; script,
 * style and figure furniture are dropped), Markdown with its markup removed. A map from plain
 * text offsets back to the source body is kept for HTML and Markdown.
 */
public final class Ingest {

    /** Elements whose content is never article text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "figure", "figcaption", "nav", "aside", "head", "object", "embed", "video", "audio", "canvas", "form",
            "button", "select", "textarea", "picture", "img", "math");

    /** Elements that start a new text block. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "section", "article", "header", "footer", "main", "table", "tr", "td", "th", "pre", "dl",
            "dt", "dd", "hr", "address", "body", "caption");

    /** Deepest element nesting jsoup builds; deeper content is still read, as flat text. */
    static final int MAX_DEPTH = 256;

    private Ingest() {
    }

    public static PlainText plainText(String body, BodyFormat format) {
        return switch (format) {
            case TEXT -> PlainText.identity(body);
            case HTML -> html(body);
            case MARKDOWN -> markdown(body);
        };
    }

    // ------------------------------------------------------------------ HTML

    static PlainText html(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, "", parser);
        Builder b = new Builder(html.length());
        walk(doc.body() == null ? doc : doc.body(), b);
        return b.build();
    }

    /** Depth is bounded by the parser ({@link #MAX_DEPTH}), so the recursion is too. */
    private static void walk(Node node, Builder b) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode tn) {
                String raw = tn.getWholeText();
                int srcStart = tn.sourceRange().isTracked() ? tn.sourceRange().startPos() : -1;
                int srcEnd = tn.sourceRange().isTracked() ? tn.sourceRange().endPos() : -1;
                b.appendCollapsed(raw, srcStart, srcEnd);
            } else if (child instanceof Element el) {
                String tag = el.normalName();
                if (DROPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    b.lineBreak(el.sourceRange().isTracked() ? el.sourceRange().startPos() : -1);
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    b.blockBreak(el.sourceRange().isTracked() ? el.sourceRange().startPos() : -1);
                }
                walk(el, b);
                if (block) {
                    b.blockBreak(el.endSourceRange().isTracked() ? el.endSourceRange().startPos() : -1);
                }
            }
        }
    }

    /** Accumulates plain text with one source offset per char, collapsing whitespace. */
    private static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] map;
        private int pendingBreak; // 0 none, 1 space, 2 line, 3 block
        private int pendingSrc;

        Builder(int capacityHint) {
            map = new int[Math.max(16, Math.min(capacityHint, 1 << 20))];
        }

        void appendCollapsed(String raw, int srcStart, int srcEnd) {
            int n = raw.length();
            for (int i = 0; i < n; i++) {
                char c = raw.charAt(i);
                int src = srcStart < 0 ? lastSrc() : Math.min(srcStart + i, Math.max(srcStart, srcEnd - 1));
                if (Character.isWhitespace(c)) {
                    if (pendingBreak == 0) {
                        pendingBreak = 1;
                        pendingSrc = src;
                    }
                    continue;
                }
                flush();
                put(c, src);
            }
        }

        void lineBreak(int src) {
            if (pendingBreak < 2) {
                pendingBreak = 2;
                pendingSrc = src < 0 ? lastSrc() : src;
            }
        }

        void blockBreak(int src) {
            if (pendingBreak < 3) {
                pendingBreak = 3;
                pendingSrc = src < 0 ? lastSrc() : src;
            }
        }

        private void flush() {
            if (sb.length() > 0) {
                if (pendingBreak == 1) {
                    put(' ', pendingSrc);
                } else if (pendingBreak == 2) {
                    put('\n', pendingSrc);
                } else if (pendingBreak == 3) {
                    put('\n', pendingSrc);
                    put('\n', pendingSrc);
                }
            }
            pendingBreak = 0;
        }

        private int lastSrc() {
            return sb.length() == 0 ? 0 : map[sb.length() - 1];
        }

        private void put(char c, int src) {
            if (sb.length() == map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2);
            }
            map[sb.length()] = src;
            sb.append(c);
        }

        PlainText build() {
            return new PlainText(sb.toString(), java.util.Arrays.copyOf(map, sb.length()));
        }
    }

    // ------------------------------------------------------------------ Markdown

    /**
     * Removes the Markdown that changes no words: heading and quote markers, list bullets,
     * emphasis, code ticks, link targets and images. Each kept char keeps its source offset.
     */
    static PlainText markdown(String md) {
        StringBuilder sb = new StringBuilder(md.length());
        int[] map = new int[md.length() + 1];
        int n = md.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = md.charAt(i);
            if (lineStart) {
                int j = i;
                while (j < n && (md.charAt(j) == ' ' || md.charAt(j) == '\t') && j - i < 4) {
                    j++;
                }
                int k = j;
                while (k < n && (md.charAt(k) == '#' || md.charAt(k) == '>')) {
                    k++;
                }
                if (k > j && k < n && md.charAt(k) == ' ') {
                    i = k + 1;
                    lineStart = false;
                    continue;
                }
                if (j + 1 < n && (md.charAt(j) == '-' || md.charAt(j) == '*' || md.charAt(j) == '+') && md.charAt(j + 1) == ' ') {
                    i = j + 2;
                    lineStart = false;
                    continue;
                }
                int d = j;
                while (d < n && Character.isDigit(md.charAt(d)) && d - j < 3) {
                    d++;
                }
                if (d > j && d + 1 < n && (md.charAt(d) == '.' || md.charAt(d) == ')') && md.charAt(d + 1) == ' ') {
                    i = d + 2;
                    lineStart = false;
                    continue;
                }
                lineStart = false;
            }
            if (c == '\n') {
                lineStart = true;
            }
            if (c == '!' && i + 1 < n && md.charAt(i + 1) == '[') {
                int close = find(md, "](", i + 2);
                int paren = close < 0 ? -1 : find(md, ")", close);
                if (paren > 0) {
                    i = paren + 1;
                    continue;
                }
            }
            if (c == '[') {
                int close = find(md, "](", i + 1);
                if (close > 0) {
                    int paren = find(md, ")", close);
                    if (paren > 0) {
                        for (int k = i + 1; k < close; k++) {
                            map[sb.length()] = k;
                            sb.append(md.charAt(k));
                        }
                        i = paren + 1;
                        continue;
                    }
                }
            }
            if (c == '*' || c == '`' || (c == '_' && (i + 1 < n && md.charAt(i + 1) == '_' || i > 0 && md.charAt(i - 1) == '_'
                    || i == 0 || !Character.isLetterOrDigit(md.charAt(i - 1)) || i + 1 >= n || !Character.isLetterOrDigit(md.charAt(i + 1))))) {
                i++;
                continue;
            }
            map[sb.length()] = i;
            sb.append(c);
            i++;
        }
        return new PlainText(sb.toString(), java.util.Arrays.copyOf(map, sb.length()));
    }

    /** Markup never spans more than this many chars or a line break, which keeps the pass linear. */
    static final int MAX_MARKUP = 512;

    private static int find(String s, String what, int from) {
        int limit = Math.min(s.length() - what.length() + 1, from + MAX_MARKUP);
        for (int k = from; k < limit; k++) {
            char c = s.charAt(k);
            if (c == '\n') {
                return -1;
            }
            if (s.startsWith(what, k)) {
                return k;
            }
        }
        return -1;
    }
}
