package org.workingrecord.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, as Vaadin's own client speaks to the server, without running a browser: it
 * loads a route ({@code ?v-r=init}), keeps the state tree the server sends (nodes, their tags,
 * properties, attributes, children, text and listeners), and sends what a user's actions send
 * ({@code ?v-r=uidl}: property changes as {@code mSync}, DOM events as {@code event}), each
 * message with the UI's CSRF token, the last sync id and its own client id.
 *
 * <p>Cookies are kept per client (a student's session and re-entry cookie); the HTTP client is
 * shared, so thousands of simulated students cost a few threads. Used by the load and chaos
 * harnesses only.
 */
final class VaadinClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What the server said to one message: the time it took and what it changed. */
    record Reply(long nanos, JsonNode message, String raw) {
        boolean says(String text) {
            return raw.contains(text);
        }
    }

    /** A node of the server's state tree, as far as the harness needs it. */
    static final class Node {
        final int id;
        String tag;
        String text;
        Integer parent;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }

        String attribute(String name) {
            JsonNode v = attributes.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<JsonNode> executed = new ArrayList<>();
    /** Shared values the server sends once and then names by key (listeners' event data, for one). */
    private final Map<String, JsonNode> constants = new HashMap<>();
    private int uiId = -1;
    private String csrf;
    private int syncId;
    private int clientId;
    private String location;

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    Map<String, String> cookies() {
        return cookies;
    }

    String location() {
        return location;
    }

    /** Opens a route as a page load does (the HTML page, then the UI's first state), in a new UI. */
    Reply open(String route) throws IOException, InterruptedException {
        nodes.clear();
        executed.clear();
        long start = System.nanoTime();
        Http html = send(HttpRequest.newBuilder(URI.create(base + route)).GET());
        long wire = html.wireBytes();
        String query = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
        Http init = send(HttpRequest.newBuilder(URI.create(base + query)).GET());
        wire += init.wireBytes();
        if (init.status() != 200) {
            throw new IOException("init " + route + ": HTTP " + init.status());
        }
        JsonNode body = JSON.readTree(init.body());
        JsonNode config = body.path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt(uidl.path("v-uiId").asInt(0));
        csrf = uidl.path("Vaadin-Security-Key").asString(null);
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        apply(uidl);
        // the client then tells the UI where it is, as Vaadin's router does on page load
        Reply shown = send(navigation(route, 0, ""));
        location = route;
        pageWireBytes = wire + lastWireBytes;
        return new Reply(System.nanoTime() - start, shown.message(), init.body() + shown.raw());
    }

    /** Follows a link inside the app, as the router does: same UI, no page load. */
    Reply navigate(String route) throws IOException, InterruptedException {
        Reply shown = send(navigation(route, 1, "link"));
        location = route;
        return shown;
    }

    /** The router's "ui-navigate" event on the UI's root node. */
    private static ArrayNode navigation(String route, int historyIndex, String trigger) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode navigate = rpc.addObject();
        navigate.put("type", "event");
        navigate.put("node", 1);
        navigate.put("event", "ui-navigate");
        ObjectNode data = navigate.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", trigger);
        return rpc;
    }

    /** Sends one message of rpc calls and applies the answer. */
    Reply send(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        long start = System.nanoTime();
        Http response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        long nanos = System.nanoTime() - start;
        if (response.status() != 200) {
            throw new IOException("uidl: HTTP " + response.status());
        }
        String raw = response.body();
        String json = raw.startsWith("for(;;);") ? raw.substring("for(;;);".length()) : raw;
        JsonNode parsed = JSON.readTree(json);
        JsonNode reply = parsed.isArray() ? parsed.get(0) : parsed;
        if (reply == null) {
            throw new IOException("uidl: empty answer");
        }
        if (reply.has("meta") && reply.path("meta").has("sessionExpired")) {
            throw new SessionExpired();
        }
        clientId++;
        if (reply.has("syncId")) {
            syncId = reply.path("syncId").asInt();
        }
        if (reply.path("meta").path("async").asBoolean(false)) {
            // a pushed message carried in this answer: keep the ids consistent
            syncId = reply.path("syncId").asInt(syncId);
        }
        if (reply.has("clientId")) {
            clientId = reply.path("clientId").asInt();
        }
        apply(reply);
        return new Reply(nanos, reply, raw);
    }

    /** The server no longer knows this UI (session expired, or the server restarted). */
    static final class SessionExpired extends IOException {
        SessionExpired() {
            super("session expired");
        }
    }

    /** Sets a synchronised property, as a field does when the user types. */
    Reply setProperty(Node node, String property, String value) throws IOException, InterruptedException {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return send(rpc);
    }

    /** Fires a DOM event the server listens to, with stand-in values for the event data its listener asks for. */
    Reply fire(Node node, String event) throws IOException, InterruptedException {
        Map<String, Object> data = new LinkedHashMap<>();
        JsonNode expressions = node.listeners.get(event);
        if (expressions != null && expressions.isObject()) {
            for (String expression : expressions.propertyNames()) {
                if (expression.contains("==") || expression.contains("&&") || expression.contains("||")
                        || expression.startsWith("!") || expression.contains("closest")) {
                    data.put(expression, true);
                } else if (expression.endsWith("Key") || expression.contains("Key ")) {
                    data.put(expression, false);
                } else {
                    data.put(expression, 0);
                }
            }
        }
        return fire(node, event, data);
    }

    /** Fires a DOM event with the event data a browser would compute for it (expression to value). */
    Reply fire(Node node, String event, Map<String, Object> eventData) throws IOException, InterruptedException {
        if (!node.listeners.containsKey(event)) {
            throw new IOException("node " + node.id + " (" + node.tag + ") does not listen to " + event);
        }
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode e = rpc.addObject();
        e.put("type", "event");
        e.put("node", node.id);
        e.put("event", event);
        e.set("data", JSON.valueToTree(eventData));
        return send(rpc);
    }

    Reply click(Node node) throws IOException, InterruptedException {
        return fire(node, "click");
    }

    /** The parameters of every script the server asked this page to run. */
    List<JsonNode> executed() {
        return executed;
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> attached(n)).filter(test).min(Comparator.comparingInt(n -> n.id));
    }

    List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream().filter(this::attached).filter(test).sorted(Comparator.comparingInt(n -> n.id)).toList();
    }

    /** The attached nodes, a line each, for finding out why a harness step failed. */
    String dump() {
        StringBuilder b = new StringBuilder("ui " + uiId + " sync " + syncId + " client " + clientId + "\n");
        nodes.values().stream().sorted(Comparator.comparingInt(n -> n.id)).forEach(n -> b.append(n.id).append(' ')
                .append(n.tag).append(" parent=").append(n.parent).append(attached(n) ? "" : " (detached)")
                .append(n.text == null ? "" : " text=" + n.text).append(" props=").append(n.properties.keySet())
                .append(n.properties.containsKey("label") ? " label=" + n.property("label") : "")
                .append(" listens=").append(n.listeners.keySet()).append('\n'));
        return b.toString();
    }

    Optional<Node> field(String label) {
        return find(n -> label.equals(n.property("label")));
    }

    Optional<Node> button(String text) {
        return find(n -> "vaadin-button".equals(n.tag) && text.equals(text(n).strip()));
    }

    /** The text of a node and its descendants. */
    String text(Node n) {
        StringBuilder b = new StringBuilder();
        collect(n, b, 0);
        return b.toString();
    }

    private void collect(Node n, StringBuilder b, int depth) {
        if (n == null || depth > 60) {
            return;
        }
        if (n.text != null) {
            b.append(n.text);
        }
        for (int c : n.children) {
            collect(nodes.get(c), b, depth + 1);
        }
    }

    boolean within(Node n, Node ancestor) {
        Integer p = n.parent;
        for (int i = 0; p != null && i < 100; i++) {
            if (p == ancestor.id) {
                return true;
            }
            Node parent = nodes.get(p);
            p = parent == null ? null : parent.parent;
        }
        return false;
    }

    private boolean attached(Node n) {
        // the root (1) and everything reachable from it through children lists
        Integer p = n.parent;
        if (n.id == 1) {
            return true;
        }
        for (int i = 0; p != null && i < 200; i++) {
            if (p == 1) {
                return true;
            }
            Node parent = nodes.get(p);
            if (parent == null) {
                return false;
            }
            p = parent.parent;
        }
        return false;
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void apply(JsonNode message) {
        message.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : message.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            Node n = node(id);
            switch (type) {
                case "put" -> put(n, change);
                case "remove" -> {
                    String key = change.path("key").asString();
                    int feat = change.path("feat").asInt();
                    if (feat == 1) {
                        n.properties.remove(key);
                    } else if (feat == 3) {
                        n.attributes.remove(key);
                    } else if (feat == 4) {
                        n.listeners.remove(key);
                    }
                }
                case "splice" -> splice(n, change);
                case "clear" -> {
                    if (change.path("feat").asInt() == 2) {
                        n.children.forEach(c -> node(c).parent = null);
                        n.children.clear();
                    }
                }
                case "detach" -> nodes.remove(id);
                default -> {
                }
            }
        }
        for (JsonNode call : message.path("execute")) {
            executed.add(call);
        }
    }

    private void put(Node n, JsonNode change) {
        String key = change.path("key").asString();
        int feat = change.path("feat").asInt();
        JsonNode value = change.has("nodeValue") ? JsonNodeFactory.instance.numberNode(change.path("nodeValue").asInt())
                : change.path("value");
        if ("tag".equals(key) && feat == 0) {
            n.tag = value.asString();
        } else if ("text".equals(key) && feat == 7) {
            n.text = value.asString();
        } else if (feat == 1) {
            n.properties.put(key, value);
        } else if (feat == 3) {
            n.attributes.put(key, value);
        } else if (feat == 4) {
            n.listeners.put(key, value.isString() && constants.containsKey(value.asString()) ? constants.get(value.asString()) : value);
        }
    }

    /** Vaadin's feature number for an element's class list. */
    private static final int CLASS_LIST = 11;

    private void splice(Node n, JsonNode change) {
        if (change.path("feat").asInt() == CLASS_LIST) {
            int index = change.path("index").asInt();
            int remove = change.path("remove").asInt(0);
            for (int i = 0; i < remove && index < n.classes.size(); i++) {
                n.classes.remove(index);
            }
            int at = index;
            for (JsonNode add : change.path("add")) {
                n.classes.add(Math.min(at++, n.classes.size()), add.asString());
            }
            return;
        }
        // children (feature 2) and virtual children (the UI's root container, overlays) carry nodes; other lists carry values
        if (!change.has("addNodes") && change.path("feat").asInt() != 2) {
            return;
        }
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < n.children.size(); i++) {
            Node gone = nodes.get(n.children.remove(index));
            if (gone != null && gone.parent != null && gone.parent == n.id) {
                gone.parent = null;
            }
        }
        if (change.has("addNodes")) {
            int at = index;
            for (JsonNode add : change.path("addNodes")) {
                int child = add.asInt();
                n.children.add(Math.min(at++, n.children.size()), child);
                node(child).parent = n.id;
            }
        }
    }

    /** An answer as the browser gets it: status, text (decompressed) and the bytes that crossed the network. */
    record Http(int status, String body, long wireBytes) {
    }

    private long lastWireBytes;

    private long pageWireBytes;

    /** Bytes a page load took on the network: the HTML page, the UI's start and its first view (scripts and styles are cached). */
    long pageWireBytes() {
        return pageWireBytes;
    }

    long lastWireBytes() {
        return lastWireBytes;
    }

    private Http send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        request.header("Accept-Encoding", "gzip");
        request.timeout(Duration.ofSeconds(120));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        byte[] bytes = response.body();
        lastWireBytes = bytes.length;
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new Http(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), lastWireBytes);
    }
}
