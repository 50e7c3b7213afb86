package io.claimcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The document formats newsrooms' systems emit, recognised by shape and turned into an
 * {@link Article}: our own Article JSON, IPTC ninjs 1.x (with Superdesk's fields), 2.x and 3.x,
 * a WordPress REST API post, an Arc XP ANS story and a Ghost webhook payload. HTML bodies stay
 * HTML; the ingest stage turns them into plain text with an offset map like any other.
 */
public final class CmsFormats {

    /** The names {@code ?format=} accepts. */
    public static final List<String> NAMES = List.of("article", "ninjs", "wordpress", "ans", "ghost");

    private CmsFormats() {
    }

    /** The format of a JSON document by its shape, or null when it is none of them. */
    public static String detect(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        if (n.path("post").path("current").isObject() || n.path("post").isObject() && n.path("post").has("html")) {
            return "ghost";
        }
        if (n.path("title").has("rendered") && n.path("content").has("rendered")) {
            return "wordpress";
        }
        if (n.path("content_elements").isArray() || "story".equals(n.path("type").asText()) && n.has("headlines")
                && n.path("headlines").has("basic")) {
            return "ans";
        }
        if (n.has("body_html") || n.has("body_text") || n.path("bodies").isArray() || n.path("headlines").isArray()
                || (n.has("uri") || n.has("guid")) && (n.has("headline") || n.has("versioncreated"))) {
            return "ninjs";
        }
        if (n.has("body")) {
            return "article";
        }
        return null;
    }

    /** The ninjs major version of a document: 1, 2 or 3 (camelCase names). */
    public static int ninjsVersion(JsonNode n) {
        if (n.has("versionCreated") || n.has("firstCreated") || n.has("contentCreated")
                || n.path("bodies").isArray() && n.path("bodies").size() > 0 && n.path("bodies").get(0).has("contentType")) {
            return 3;
        }
        if (n.path("headlines").isArray() || n.path("bodies").isArray()) {
            return 2;
        }
        return 1;
    }

    /**
     * The fields of an Article taken from a CMS document, as strings, before validation:
     * {id, headline, body, bodyFormat, publishedAt, url, publisher}. A value may be null.
     */
    public static String[] fields(String format, JsonNode n) {
        String[] f = switch (format.toLowerCase(Locale.ROOT)) {
            case "ninjs" -> ninjs(n);
            case "wordpress" -> wordpress(n);
            case "ans" -> ans(n);
            case "ghost" -> ghost(n);
            default -> throw new IllegalArgumentException("not a CMS format: " + format);
        };
        f[4] = isoOffset(f[4]);
        return f;
    }

    /** "2025-03-14T08:30:00+0000" (as some systems write it) to ISO-8601 "+00:00". */
    static String isoOffset(String date) {
        if (date == null || date.length() < 5) {
            return date;
        }
        String tail = date.substring(date.length() - 5);
        if ((tail.charAt(0) == '+' || tail.charAt(0) == '-') && tail.substring(1).chars().allMatch(Character::isDigit)
                && date.contains("T")) {
            return date.substring(0, date.length() - 2) + ":" + date.substring(date.length() - 2);
        }
        return date;
    }

    private static String[] ninjs(JsonNode n) {
        int v = ninjsVersion(n);
        String id = text(n, "guid", "uri", "id");
        String headline;
        String body;
        String bodyFormat = "html";
        if (v == 1) {
            headline = text(n, "headline");
            body = text(n, "body_html");
            if (body == null) {
                body = text(n, "body_text");
                bodyFormat = "text";
            }
        } else {
            headline = byRole(n.path("headlines"), "value");
            JsonNode main = mainBody(n.path("bodies"));
            body = main == null ? null : main.path("value").asText(null);
            String type = main == null ? "" : (v == 3 ? main.path("contentType") : main.path("contenttype")).asText("");
            bodyFormat = type.contains("html") || type.isEmpty() && body != null && body.trim().startsWith("<") ? "html" : "text";
        }
        String published = v == 3 ? text(n, "firstCreated", "versionCreated", "contentCreated")
                : text(n, "firstcreated", "versioncreated");
        String url = null;
        JsonNode links = n.path("links");
        if (links.isArray()) {
            for (JsonNode l : links) {
                if (l.path("rel").asText("").contains("canonical") || l.path("rel").asText("").contains("irel:seeAlso")) {
                    url = l.path("href").asText(null);
                }
            }
        }
        String publisher = v == 1 ? text(n, "byline") : byline(n.path("by"));
        return new String[] {id, headline, body, bodyFormat, published, url, publisher};
    }

    private static JsonNode mainBody(JsonNode bodies) {
        if (!bodies.isArray() || bodies.size() == 0) {
            return null;
        }
        JsonNode first = null;
        for (JsonNode b : bodies) {
            if (first == null) {
                first = b;
            }
            String role = b.path("role").asText("");
            if (role.isEmpty() || role.equals("main") || role.equals("body")) {
                String type = (b.has("contentType") ? b.path("contentType") : b.path("contenttype")).asText("");
                if (type.contains("html")) {
                    return b;
                }
                first = b;
            }
        }
        return first;
    }

    private static String byRole(JsonNode list, String field) {
        if (!list.isArray() || list.size() == 0) {
            return null;
        }
        for (JsonNode h : list) {
            if (h.path("role").asText("main").equals("main")) {
                return h.path(field).asText(null);
            }
        }
        return list.get(0).path(field).asText(null);
    }

    private static String byline(JsonNode by) {
        if (by.isTextual()) {
            return by.asText();
        }
        if (by.isArray() && by.size() > 0) {
            JsonNode first = by.get(0);
            return first.isTextual() ? first.asText() : first.path("name").asText(null);
        }
        return null;
    }

    private static String[] wordpress(JsonNode n) {
        String date = text(n, "date_gmt");
        if (date != null && date.length() == 19) {
            date = date + "Z"; // WordPress gives GMT without a zone
        }
        return new String[] {text(n, "id", "slug"), decodeEntities(n.path("title").path("rendered").asText(null)),
                n.path("content").path("rendered").asText(null), "html", date, text(n, "link"), null};
    }

    private static String[] ans(JsonNode n) {
        StringBuilder html = new StringBuilder();
        for (JsonNode e : n.path("content_elements")) {
            String type = e.path("type").asText("");
            switch (type) {
                case "text" -> html.append("<p>").append(e.path("content").asText("")).append("</p>\n");
                case "header" -> html.append("<h2>").append(e.path("content").asText("")).append("</h2>\n");
                case "list" -> {
                    html.append("<ul>");
                    for (JsonNode item : e.path("items")) {
                        html.append("<li>").append(item.path("content").asText("")).append("</li>");
                    }
                    html.append("</ul>\n");
                }
                default -> {
                    // images, embeds, raw HTML and ads are not article text
                }
            }
        }
        String by = null;
        JsonNode credits = n.path("credits").path("by");
        if (credits.isArray() && credits.size() > 0) {
            by = credits.get(0).path("name").asText(null);
        }
        return new String[] {text(n, "_id", "id"), n.path("headlines").path("basic").asText(null), html.toString(), "html",
                text(n, "display_date", "first_publish_date", "publish_date"), text(n, "canonical_url", "website_url"), by};
    }

    private static String[] ghost(JsonNode n) {
        JsonNode p = n.path("post").path("current").isObject() ? n.path("post").path("current") : n.path("post");
        String html = p.path("html").asText(null);
        String body = html;
        String format = "html";
        if (html == null || html.isBlank()) {
            body = p.path("plaintext").asText(null);
            format = "text";
        }
        return new String[] {text(p, "id", "uuid"), p.path("title").asText(null), body, format,
                text(p, "published_at"), text(p, "url"), null};
    }

    private static String text(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.path(name);
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
            if (v.isNumber()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String decodeEntities(String s) {
        return s == null ? null : Jsoup.parse(s).text();
    }
}
