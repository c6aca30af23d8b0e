package org.workingrecord.lesson;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML file as a tree of nodes, never as Java objects, so every value keeps its line and
 * every mistake (typo'd key, wrong type, missing field) is reported with the line to fix.
 */
final class YamlTree {

    static final int MAX_ALIASES = 10;

    private final String file;
    private final String kind;
    private final List<Problem> problems;
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    YamlTree(String file, List<Problem> problems) {
        this(file, "the lesson plan", problems);
    }

    /** {@code kind} names the whole document in messages: "the lesson plan", "the source pack". */
    YamlTree(String file, String kind, List<Problem> problems) {
        this.file = file;
        this.kind = kind;
        this.problems = problems;
    }

    /** The document's top mapping, or null after reporting why there is none. */
    Obj parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(LessonLoader.MAX_FILE_BYTES);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (problem.contains("aliases")) {
                problem = "too many YAML aliases (*name): " + kind + " may not use them to repeat content";
            }
            problems.add(new Problem(file, line, "YAML syntax error: " + problem
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "")));
            return null;
        } catch (YAMLException e) {
            String message = e.getMessage() != null && e.getMessage().contains("aliases")
                    ? "too many YAML aliases (*name): " + kind + " may not use them to repeat content"
                    : "YAML error: " + e.getMessage();
            problems.add(new Problem(file, 0, message));
            return null;
        }
        if (root == null) {
            problems.add(new Problem(file, 0, "the file is empty: " + kind + " starts with 'id:'"));
            return null;
        }
        return asObj(root, "");
    }

    void error(Node node, String message) {
        problems.add(new Problem(file, line(node), message));
    }

    /** A problem at a line of this file, or of a file beside it (the teacher guide). */
    void error(String inFile, int line, String message) {
        problems.add(new Problem(inFile == null ? file : inFile, line, message));
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private Obj asObj(Node node, String path) {
        if (!visit(node, path)) {
            return null;
        }
        if (node instanceof MappingNode mapping) {
            return new Obj(mapping, path);
        }
        error(node, (path.isEmpty() ? kind : path) + " should be a set of 'key: value' lines, but it is " + describe(node));
        return null;
    }

    private boolean visit(Node node, String path) {
        if (!seen.add(node)) {
            error(node, path + " repeats content with a YAML alias (*name): write it out instead");
            return false;
        }
        return true;
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? "empty" : "the text '" + abbreviate(s.getValue()) + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a set of 'key: value' lines";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** A mapping whose keys are read one by one; {@link #finish()} reports the keys nobody asked for. */
    final class Obj {
        final MappingNode node;
        final String path;
        private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
        private final List<String> known = new ArrayList<>();

        Obj(MappingNode node, String path) {
            this.node = node;
            this.path = path;
            for (NodeTuple tuple : node.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    error(tuple.getKeyNode(), "in " + where() + ", a key must be a plain word");
                    continue;
                }
                if (fields.containsKey(key.getValue())) {
                    error(key, "in " + where() + ", '" + key.getValue() + "' is given twice (first on line "
                            + YamlTree.line(fields.get(key.getValue()).getKeyNode()) + "); keep one");
                    continue;
                }
                fields.put(key.getValue(), tuple);
            }
        }

        int line() {
            return YamlTree.line(node);
        }

        int line(String key) {
            NodeTuple t = fields.get(key);
            return t == null ? line() : YamlTree.line(t.getValueNode());
        }

        boolean has(String key) {
            known.add(key);
            return fields.containsKey(key) && !isNull(fields.get(key).getValueNode());
        }

        Node node(String key) {
            known.add(key);
            NodeTuple t = fields.get(key);
            return t == null ? null : t.getValueNode();
        }

        String text(String key, boolean required) {
            Node value = node(key);
            if (value == null || isNull(value)) {
                if (required) {
                    error(node, where() + " needs '" + key + ":'");
                }
                return required ? "" : null;
            }
            if (!visit(value, child(key))) {
                return required ? "" : null;
            }
            if (value instanceof ScalarNode s) {
                if (required && s.getValue().isBlank()) {
                    error(value, child(key) + " is empty: write some text");
                }
                return s.getValue().strip();
            }
            error(value, child(key) + " should be a text, but it is " + describe(value));
            return required ? "" : null;
        }

        int integer(String key, int min, int max, int otherwise) {
            Node value = node(key);
            if (value == null || isNull(value)) {
                return otherwise;
            }
            if (value instanceof ScalarNode s) {
                try {
                    int n = Integer.parseInt(s.getValue().strip());
                    if (n >= min && n <= max) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
            error(value, child(key) + " should be a whole number from " + min + " to " + max
                    + ", but it is " + describe(value));
            return otherwise;
        }

        Boolean bool(String key) {
            Node value = node(key);
            if (value == null || isNull(value)) {
                error(node, where() + " needs '" + key + ":' (true or false)");
                return null;
            }
            if (value instanceof ScalarNode s) {
                String v = s.getValue().strip().toLowerCase(Locale.ROOT);
                if (v.equals("true") || v.equals("false")) {
                    return Boolean.valueOf(v);
                }
            }
            error(value, child(key) + " should be true or false, but it is " + describe(value));
            return null;
        }

        List<String> texts(String key, boolean required) {
            List<String> out = new ArrayList<>();
            SequenceNode seq = sequence(key, required);
            if (seq == null) {
                return out;
            }
            int i = 0;
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                } else {
                    error(item, child(key) + "[" + (i + 1) + "] should be a text, but it is " + describe(item));
                }
                i++;
            }
            return out;
        }

        List<Obj> objects(String key, boolean required) {
            List<Obj> out = new ArrayList<>();
            SequenceNode seq = sequence(key, required);
            if (seq == null) {
                return out;
            }
            int i = 0;
            for (Node item : seq.getValue()) {
                i++;
                Obj obj = asObj(item, child(key) + "[" + i + "]");
                if (obj != null) {
                    out.add(obj);
                }
            }
            return out;
        }

        Obj object(String key, boolean required) {
            Node value = node(key);
            if (value == null || isNull(value)) {
                if (required) {
                    error(node, where() + " needs '" + key + ":'");
                }
                return null;
            }
            return asObj(value, child(key));
        }

        /** Where a value stands, as a teacher would look for it: "activities[2].questions[3].answer". */
        private String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private String where() {
            return path.isEmpty() ? kind : path;
        }

        private SequenceNode sequence(String key, boolean required) {
            Node value = node(key);
            if (value == null || isNull(value)) {
                if (required) {
                    error(node, where() + " needs '" + key + ":' with at least one '- ' item");
                }
                return null;
            }
            if (!visit(value, child(key))) {
                return null;
            }
            if (value instanceof SequenceNode seq) {
                if (required && seq.getValue().isEmpty()) {
                    error(value, child(key) + " is empty: it needs at least one item");
                }
                return seq;
            }
            error(value, child(key) + " should be a list (one '- ' item per line), but it is " + describe(value));
            return null;
        }

        /** Reports every key that was never read: most often a typo. */
        void finish() {
            for (Map.Entry<String, NodeTuple> e : fields.entrySet()) {
                if (!known.contains(e.getKey())) {
                    String hint = closest(e.getKey(), known);
                    error(e.getValue().getKeyNode(), "unknown key '" + e.getKey() + "' in " + where()
                            + (hint != null ? ": did you mean '" + hint + "'?" : ": allowed here are " + String.join(", ", known)));
                }
            }
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    static String closest(String word, List<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
