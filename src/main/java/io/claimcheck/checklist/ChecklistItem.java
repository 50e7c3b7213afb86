package io.claimcheck.checklist;

import io.claimcheck.extract.Attribution;
import io.claimcheck.extract.TimeRef;
import java.util.List;

/**
 * One claim on the checklist, as SPEC.md §2 describes it. {@code reasons} and {@code group}
 * extend the contract: why the priority was given, and the id of the first mention of the same
 * figure (its own id when it is the first).
 */
public record ChecklistItem(String id, String field, int start, int end, String text, String sentence, String kind,
                            Number value, Number min, Number max, String unit, String bound, String change,
                            String about, String subject, TimeRef time, Attribution attribution,
                            boolean checkworthy, String priority, List<String> reasons, List<String> checks,
                            String status, String group) {
}
