package org.workingrecord.authoring;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workingrecord.shell.Words;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds a question to a lesson's YAML where a teacher would write it: at the end of one activity's
 * {@code questions:}, indented as the questions before it, or in a new activity of questions at the end.
 * Everything else in the text (comments, order, spacing) stays as the teacher wrote it.
 */
final class LessonTextEdit {

    private LessonTextEdit() {
    }

    /** The question sets of the lesson, by id and title, in order: where a question can go. */
    record QuestionSet(String id, String title) {
    }

    static List<QuestionSet> questionSets(String yaml) {
        List<QuestionSet> out = new ArrayList<>();
        activities(yaml).ifPresent(list -> {
            for (Node n : list.getValue()) {
                if (n instanceof MappingNode a && value(a, "questions") instanceof SequenceNode) {
                    out.add(new QuestionSet(text(a, "id"), text(a, "title")));
                }
            }
        });
        return out;
    }

    /** A question id not used in the text yet ("who-2" after "who-1"). */
    static String freshId(String yaml, String base) {
        for (int n = 1; ; n++) {
            String id = base + "-" + n;
            if (!yaml.matches("(?s).*\\bid:\\s*['\"]?" + id + "['\"]?\\s*\\n.*")) {
                return id;
            }
        }
    }

    /** The text with the question added to the activity {@code activityId}, or in a new activity when there is none. */
    static String addQuestion(String yaml, String activityId, Map<String, Object> question) {
        SequenceNode list = activities(yaml).orElseThrow(() -> new IllegalArgumentException("the lesson has no activities"));
        for (Node n : list.getValue()) {
            if (n instanceof MappingNode a && activityId.equals(text(a, "id")) && value(a, "questions") instanceof SequenceNode qs
                    && !qs.getValue().isEmpty()) {
                Node first = qs.getValue().get(0);
                Node last = qs.getValue().get(qs.getValue().size() - 1);
                return insert(yaml, last, first.getStartMark().getColumn() - 2, List.of(question));
            }
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("id", freshId(yaml, "more-questions"));
        set.put("type", "questions");
        set.put("title", Words.get("builder.new-set.title"));
        set.put("instructions", Words.get("builder.new-set.instructions"));
        set.put("questions", List.of(question));
        Node first = list.getValue().get(0);
        Node last = list.getValue().get(list.getValue().size() - 1);
        return insert(yaml, last, first.getStartMark().getColumn() - 2, List.of(set));
    }

    /**
     * The text with items added at the end of a top-level list ({@code stances:}, {@code topics:}, {@code positions:}),
     * or the list begun just before {@code activities:} when the lesson has none yet.
     */
    static String appendTop(String yaml, String key, List<?> items) {
        if (items.isEmpty()) {
            return yaml;
        }
        MappingNode top = top(yaml).orElseThrow(() -> new IllegalArgumentException("the lesson is not a YAML mapping"));
        if (value(top, key) instanceof SequenceNode list && !list.getValue().isEmpty()) {
            Node first = list.getValue().get(0);
            return insert(yaml, list.getValue().get(list.getValue().size() - 1), first.getStartMark().getColumn() - 2, new ArrayList<>(items));
        }
        if (value(top, key) != null) {
            throw new IllegalArgumentException("'" + key + ":' is not a list");
        }
        int at = -1;
        for (NodeTuple t : top.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("activities")) {
                at = t.getKeyNode().getStartMark().getLine();
            }
        }
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        String block = key + ":\n" + dump(new ArrayList<>(items), 2) + "\n";
        if (at < 0) {
            return (yaml.endsWith("\n") ? yaml : yaml + "\n") + block;
        }
        lines.add(at, block.substring(0, block.length() - 1));
        return String.join("\n", lines);
    }

    /**
     * The text with top-level values set ({@code title}, {@code level}, {@code duration}, {@code summary} as
     * scalars, {@code objectives} as a list): each value written where it stands, or added before
     * {@code source:}/{@code sources:} when the lesson has none; comments and the rest stay as they were.
     */
    static String setTop(String yaml, Map<String, Object> values) {
        String text = yaml;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            MappingNode top = top(text).orElseThrow(() -> new IllegalArgumentException("the lesson is not a YAML mapping"));
            Node at = null;
            Node keyNode = null;
            Node sourceKey = null;
            for (NodeTuple t : top.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    if (k.getValue().equals(e.getKey())) {
                        at = t.getValueNode();
                        keyNode = k;
                    } else if ((k.getValue().equals("source") || k.getValue().equals("sources")) && sourceKey == null) {
                        sourceKey = k;
                    }
                }
            }
            String written = e.getValue() instanceof List<?> list ? "\n" + dump(new ArrayList<>(list), 2) : scalar(e.getValue());
            if (at != null) {
                int from = e.getValue() instanceof List<?> ? keyNode.getEndMark().getIndex() + 1 : at.getStartMark().getIndex();
                int to = at.getEndMark().getIndex();
                // a block list ends where the next key starts: keep that line break
                String tail = text.substring(to);
                String replaced = e.getValue() instanceof List<?> ? written.stripTrailing() + (tail.startsWith("\n") ? "" : "\n") : written;
                text = text.substring(0, from) + replaced + tail;
            } else {
                int index = sourceKey == null ? text.length() : sourceKey.getStartMark().getIndex();
                text = text.substring(0, index) + e.getKey() + ":" + (written.startsWith("\n") ? "" : " ") + written.stripTrailing() + "\n"
                        + text.substring(index);
            }
        }
        return text;
    }

    /** A scalar as YAML writes it on one line (quoted where it must be). */
    private static String scalar(Object value) {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return new Yaml(options).dump(value).strip();
    }

    /** Inserts the items, dumped as a block list with its dash at {@code dashColumn}, after the node {@code after}. */
    private static String insert(String yaml, Node after, int dashColumn, List<Object> items) {
        StringBuilder block = new StringBuilder(dump(items, dashColumn)).append('\n');
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int at = after.getEndMark().getLine();
        if (after.getEndMark().getColumn() > 0) {
            at++;
        }
        // the end of the node is the start of what follows: step back over blank lines and comments between them
        while (at > 0 && at - 1 < lines.size() && (lines.get(at - 1).isBlank() || lines.get(at - 1).strip().startsWith("#"))) {
            at--;
        }
        if (at >= lines.size()) {
            String text = yaml.endsWith("\n") ? yaml : yaml + "\n";
            return text + block;
        }
        lines.add(at, block.substring(0, block.length() - 1));
        return String.join("\n", lines);
    }

    /** The items as a block list, every line moved so that the list's dash stands at {@code dashColumn}. */
    private static String dump(List<Object> items, int dashColumn) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(110);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        String[] dumped = new Yaml(options).dump(items).split("\n");
        int shift = dashColumn - (dumped[0].length() - dumped[0].stripLeading().length());
        List<String> out = new ArrayList<>();
        for (String line : dumped) {
            String moved = shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, line.length() - line.stripLeading().length()));
            out.add(line.isEmpty() ? "" : moved);
        }
        return String.join("\n", out);
    }

    private static Optional<MappingNode> top(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml)) instanceof MappingNode m
                    ? Optional.of(m) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<SequenceNode> activities(String yaml) {
        return top(yaml).map(t -> value(t, "activities")).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String text(MappingNode map, String key) {
        return value(map, key) instanceof ScalarNode s ? s.getValue() : "";
    }
}
