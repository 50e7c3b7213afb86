package io.claimcheck.render;

import io.claimcheck.checklist.Checklist;
import io.claimcheck.checklist.ChecklistItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist an editor can paste into a CMS note or a ticket: a summary line, then one
 * checkbox per figure to check (repeats listed under their first mention), highest priority
 * first, each with its sentence and checks; then the figures judged not worth checking.
 */
public final class MarkdownRenderer {

    public String render(Checklist checklist) {
        StringBuilder md = new StringBuilder();
        String headline = checklist.article().headline();
        md.append("## Fact-check: ").append(headline == null || headline.isBlank() ? "article" : inline(headline)).append("\n\n");
        Map<String, List<ChecklistItem>> groups = new LinkedHashMap<>();
        for (ChecklistItem i : checklist.claims()) {
            groups.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i);
        }
        List<List<ChecklistItem>> worthy = new ArrayList<>();
        List<ChecklistItem> rest = new ArrayList<>();
        for (List<ChecklistItem> g : groups.values()) {
            if (g.stream().anyMatch(ChecklistItem::checkworthy)) {
                worthy.add(g);
            } else {
                rest.addAll(g);
            }
        }
        worthy.sort((a, b) -> Integer.compare(rank(lead(a).priority()), rank(lead(b).priority())));
        long high = worthy.stream().filter(g -> "high".equals(lead(g).priority())).count();
        md.append("**").append(worthy.size()).append(worthy.size() == 1 ? " figure" : " figures").append(" to check**")
                .append(" (").append(high).append(" high priority) out of ").append(checklist.claims().size())
                .append(checklist.claims().size() == 1 ? " number" : " numbers").append(" found.\n\n");
        for (List<ChecklistItem> g : worthy) {
            ChecklistItem i = lead(g);
            md.append("- [ ] **").append(inline(i.text())).append("**");
            if (i.about() != null) {
                md.append(" — ").append(inline(i.about()));
            }
            md.append(" `").append(i.priority()).append("`");
            if (i.field().equals("headline")) {
                md.append(" (headline)");
            }
            md.append("\n");
            md.append("  > ").append(inline(i.sentence())).append("\n");
            if (i.attribution() != null) {
                md.append("  - Source cited: ").append(inline(i.attribution().source())).append("\n");
            }
            if (i.time() != null && i.time().value() != null) {
                md.append("  - When: ").append(i.time().text() == null ? "at publication" : inline(i.time().text()))
                        .append(" (").append(i.time().value()).append(")\n");
            }
            for (String check : i.checks()) {
                md.append("  - [ ] ").append(inline(check)).append("\n");
            }
            if (g.size() > 1) {
                md.append("  - Also stated ").append(g.size() - 1).append(g.size() == 2 ? " more time" : " more times").append(":");
                boolean firstOther = true;
                for (ChecklistItem m : g) {
                    if (m == i) {
                        continue;
                    }
                    md.append(firstOther ? " " : "; ").append('"').append(inline(m.text())).append("\" (").append(m.field())
                            .append(", chars ").append(m.start()).append("–").append(m.end()).append(")");
                    firstOther = false;
                }
                md.append("\n");
            }
        }
        if (!rest.isEmpty()) {
            md.append("\n<details><summary>").append(rest.size()).append(" more numbers, probably not worth checking</summary>\n\n");
            for (ChecklistItem i : rest) {
                md.append("- ").append(inline(i.text()));
                if (!i.reasons().isEmpty()) {
                    md.append(": ").append(inline(i.reasons().get(0)));
                }
                md.append("\n");
            }
            md.append("\n</details>\n");
        }
        return md.toString();
    }

    /** The mention the group is named after (the first body mention), else the first check-worthy one. */
    private static ChecklistItem lead(List<ChecklistItem> g) {
        for (ChecklistItem i : g) {
            if (i.id().equals(i.group())) {
                return i;
            }
        }
        for (ChecklistItem i : g) {
            if (i.checkworthy()) {
                return i;
            }
        }
        return g.get(0);
    }

    private static int rank(String priority) {
        return switch (priority) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }

    /** Text on one line with Markdown's active characters escaped. */
    static String inline(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
