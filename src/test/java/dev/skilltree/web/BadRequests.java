package dev.skilltree.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Generates the malformed requests a careless or hostile client sends, from a seeded random source. */
final class BadRequests {

    record Request(String method, String path, String contentType, byte[] bytes, String token, String accept) {

        String body() {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> SEGMENTS = List.of(
            "python-advanced",
            "closure-counter",
            "closures",
            "unbound-local",
            "0",
            "501",
            "10-cards.md",
            "1",
            "abc",
            "-1",
            "999999999999999999999",
            "..%2f..%2fetc",
            "%2e%2e",
            "a%00b",
            "%C3%28",
            "%E2%82",
            "x".repeat(10_000),
            "%20",
            "emoji-%F0%9F%98%80",
            "fuzzer",
            "admin",
            ";jsessionid=1",
            "a%2Fb",
            "%252f");
    private static final List<String> JSON_BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"files\":\"nope\"}",
            "{\"files\":{\"solution.py\":null}}",
            "{\"files\":{\"solution.py\":42}}",
            "{\"files\":{\"../x.py\":\"x\"}}",
            "{\"files\":null}",
            "{\"files\":[]}",
            "{\"status\":null}",
            "{\"rating\":null}",
            "{\"rating\":\"perfect\"}",
            "{\"rating\":\"good\",\"due\":\"yesterday\"}",
            "{\"rating\":[\"good\"]}",
            "{\"card\":42}",
            "{\"desiredRetention\":\"high\"}",
            "{\"desiredRetention\":null}",
            "{\"desiredRetention\":1e309}",
            "{\"status\":123}",
            "{\"status\":[\"done\"]}",
            "{\"status\":\"done\",\"extra\":{\"deep\":[1,2,3]}}",
            "{\"username\":123,\"password\":true}",
            "{\"username\":null,\"password\":null}",
            "{\"username\":\"" + "u".repeat(5000) + "\",\"password\":\"p\"}",
            "{\"format\":\"skilltree-progress/1\",\"roadmap\":null}",
            "{\"format\":\"skilltree-progress/1\",\"roadmap\":\"python-advanced\",\"statuses\":[{\"node\":null,"
                    + "\"status\":\"done\"}]}",
            "{\"format\":\"skilltree-progress/1\",\"roadmap\":\"python-advanced\",\"statuses\":\"x\"}",
            "{\"format\":\"skilltree-progress/1\",\"roadmap\":\"python-advanced\",\"history\":[{\"at\":\"yesterday\"}]}",
            "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
            "{\"a\":1,}",
            "{'single':'quotes'}",
            "\uFEFF{\"status\":\"done\"}");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "text/plain",
            "text/markdown",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/zip",
            "application/json; charset=latin1",
            "garbage");

    private final Random random;

    BadRequests(Random random) {
        this.random = random;
    }

    Request against(ApiEndpoints.Endpoint endpoint, String token) {
        String method = random.nextInt(5) == 0 ? pick(METHODS) : endpoint.method();
        String path = fill(endpoint.path());
        byte[] bytes = body(endpoint);
        String type = random.nextInt(4) == 0 ? pick(CONTENT_TYPES) : typeOf(endpoint);
        String auth = random.nextInt(8) == 0 ? (random.nextBoolean() ? null : "st_forged") : token;
        String accept = random.nextInt(4) == 0 ? "text/html" : "application/json";
        return new Request(method, path, type, bytes, auth, accept);
    }

    private String fill(String template) {
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                path.append(template.substring(i));
                break;
            }
            path.append(template, i, open);
            int close = template.indexOf('}', open);
            path.append(
                    random.nextInt(3) == 0
                            ? URLEncoder.encode(pick(SEGMENTS), StandardCharsets.UTF_8)
                            : pick(SEGMENTS));
            i = close + 1;
        }
        return path.toString();
    }

    private byte[] body(ApiEndpoints.Endpoint endpoint) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{'};
            case 2 -> endpoint.validBody() == null ? null : endpoint.validBody().getBytes(StandardCharsets.UTF_8);
            case 3 -> "x".repeat(random.nextInt(2_000_000)).getBytes(StandardCharsets.UTF_8);
            default -> pick(JSON_BODIES).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String typeOf(ApiEndpoints.Endpoint endpoint) {
        return switch (endpoint.body()) {
            case NONE -> null;
            case JSON -> "application/json";
            case MARKDOWN -> "text/markdown";
            case ZIP -> "application/zip";
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
