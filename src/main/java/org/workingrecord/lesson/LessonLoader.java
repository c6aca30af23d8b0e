package org.workingrecord.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.workingrecord.lesson.Activity.GuidedReading;
import org.workingrecord.lesson.Activity.QuestionSet;
import org.workingrecord.lesson.Activity.ReadingStep;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.ContextCard;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Position;
import org.workingrecord.lesson.LessonPlan.Provenance;
import org.workingrecord.lesson.LessonPlan.SourceRef;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonPlan.Stance;
import org.workingrecord.lesson.LessonPlan.TimelineEvent;
import org.workingrecord.lesson.LessonPlan.Topic;
import org.workingrecord.lesson.YamlTree.Obj;
import org.workingrecord.source.LineFix;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.source.RecordParser;
import org.workingrecord.source.SourceIndex;
import org.workingrecord.source.WorkingRecord;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads every lesson under a folder and checks it against its source. A broken lesson is skipped
 * with its problems reported; the others load. Pure: no Spring, no Vaadin.
 */
public final class LessonLoader {

    public static final int MAX_FILE_BYTES = 256 * 1024;
    public static final String LESSON_FILE = "lesson.yaml";
    public static final String GUIDE_FILE = "teacher-guide.md";
    /** Source packs are {@code <id>.yaml} files in this folder, each beside its record's text. */
    public static final String SOURCES_DIR = "sources";
    private static final String PACK_SUFFIX = ".yaml";
    /** A lesson without {@code sequence:} comes after the numbered ones, in folder-name order. */
    private static final int NO_SEQUENCE = 1000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Path root;
    /** The folder as given, for file names in messages ("lesson-plans/sources/x.yaml:12"). */
    private final Path given;
    /** Every pack file by id; {@link PackLoad#pack()} is null when the pack has problems. */
    private final Map<String, PackLoad> packs = new LinkedHashMap<>();
    /** The record's text, for a pack checked in memory (a teacher's import); null when records are files. */
    private String recordInMemory;
    /** The teacher guide of a lesson checked in memory (a teacher's lesson); null when lessons are files. */
    private String guideInMemory;

    private LessonLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.given = root;
    }

    /**
     * Every source pack in {@code root/sources/} (each read and checked once), then every
     * {@code <id>/lesson.yaml} below {@code root}, in folder-name order.
     */
    public static LoadResult loadAll(Path root) {
        LessonLoader loader = new LessonLoader(root);
        List<Problem> problems = new ArrayList<>();
        List<LoadedLesson> lessons = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(root.toString(), 0, "the lesson folder does not exist or is not a folder"));
            return new LoadResult(List.of(), lessons, problems, new Packs(Map.of()));
        }
        loader.loadPacks(problems);
        List<Path> files;
        try (Stream<Path> dirs = Files.list(root)) {
            files = dirs.filter(Files::isDirectory)
                    .map(d -> d.resolve(LESSON_FILE))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), 0, "cannot list the lesson folder: " + e.getMessage()));
            return new LoadResult(loader.loadedPacks(), lessons, problems, new Packs(loader.packs));
        }
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            List<Problem> own = new ArrayList<>();
            Optional<LoadedLesson> lesson = loader.load(root.resolve(root.relativize(file)), own);
            problems.addAll(own);
            lesson.ifPresent(l -> {
                if (ids.add(l.plan().id())) {
                    lessons.add(l);
                } else {
                    problems.add(new Problem(file.toString(), 1, "another lesson already has the id '" + l.plan().id() + "'"));
                }
            });
        }
        if (files.isEmpty()) {
            problems.add(new Problem(root.toString(), 0, "no lessons found: each lesson is a folder with a " + LESSON_FILE));
        }
        // the suggested teaching order; folder-name order among equals (the sort is stable)
        lessons.sort(Comparator.comparingInt(l -> l.plan().sequence()));
        return new LoadResult(loader.loadedPacks(), lessons, problems, new Packs(loader.packs));
    }

    /**
     * A source pack held in memory, such as a teacher's import: its YAML and its record's text, checked
     * as a pack file beside its record is. Problems name the pack as {@code sources/<id>.yaml:line}.
     */
    public static PackCheck checkPack(String id, String yaml, String recordText) {
        List<Problem> problems = new ArrayList<>();
        PackLoad loaded = new LessonLoader(Path.of("")).packInMemory(id, yaml, recordText, problems);
        return new PackCheck(problems.isEmpty() && loaded != null ? loaded.pack() : null, problems);
    }

    private PackLoad packInMemory(String id, String yaml, String recordText, List<Problem> problems) {
        String name = SOURCES_DIR + "/" + id + PACK_SUFFIX;
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
            problems.add(new Problem(name, 0, "the pack is larger than " + MAX_FILE_BYTES / 1024 + " KB"));
            return null;
        }
        recordInMemory = recordText;
        try {
            YamlTree tree = new YamlTree(name, "the source pack", problems);
            Obj top = tree.parse(yaml);
            return top == null ? null : new Reader(tree, root.resolve(SOURCES_DIR).resolve(id + PACK_SUFFIX), top).readPack();
        } finally {
            recordInMemory = null;
        }
    }

    /**
     * A lesson held in memory, such as a teacher's: its {@code lesson.yaml} and teacher guide, checked as the
     * folder {@code <id>/} in {@code lesson-plans/} would be, against the shipped packs and the given packs
     * (each checked as {@link #checkPack} does). Problems name {@code <id>/lesson.yaml:line} and
     * {@code sources/<pack>.yaml:line}.
     */
    public static LessonCheck checkLesson(String id, String lessonYaml, String guide, Packs shipped, List<PackText> own) {
        LessonLoader loader = new LessonLoader(Path.of(""));
        loader.packs.putAll(shipped.byId);
        List<Problem> problems = new ArrayList<>();
        for (PackText p : own) {
            int before = problems.size();
            PackLoad load = loader.packInMemory(p.id(), p.yaml(), p.recordText(), problems);
            loader.packs.put(p.id(), problems.size() > before || load == null ? new PackLoad(null, Set.of()) : load);
        }
        String name = id + "/" + LESSON_FILE;
        if (lessonYaml.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES
                || guide.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
            problems.add(new Problem(name, 0, "the lesson or its guide is larger than " + MAX_FILE_BYTES / 1024
                    + " KB. Split the lesson or shorten it."));
            return new LessonCheck(null, problems);
        }
        loader.guideInMemory = guide;
        int before = problems.size();
        YamlTree tree = new YamlTree(name, problems);
        Obj top = tree.parse(lessonYaml);
        if (top == null) {
            return new LessonCheck(null, problems);
        }
        Reader reader = loader.new Reader(tree, loader.root.resolve(id).resolve(LESSON_FILE), top);
        LessonPlan plan = reader.read();
        boolean clean = problems.size() == before && plan != null;
        return new LessonCheck(clean ? new LoadedLesson(plan, reader.sources) : null, problems);
    }

    /** A source pack given as text: its id, YAML and record. */
    public record PackText(String id, String yaml, String recordText) {
    }

    /** A lesson checked in memory: the lesson when it has no problems (else null), and every problem. */
    public record LessonCheck(LoadedLesson lesson, List<Problem> problems) {
        public LessonCheck {
            problems = List.copyOf(problems);
        }
    }

    /** The packs of a folder as loaded, for checking lessons held elsewhere against them. */
    public static final class Packs {
        private final Map<String, PackLoad> byId;

        private Packs(Map<String, PackLoad> byId) {
            this.byId = Map.copyOf(byId);
        }
    }

    /** A pack checked in memory: the pack when it has no problems (else null), and its problems. */
    public record PackCheck(SourcePack pack, List<Problem> problems) {
        public PackCheck {
            problems = List.copyOf(problems);
        }
    }

    private List<SourcePack> loadedPacks() {
        return packs.values().stream().map(PackLoad::pack).filter(p -> p != null).toList();
    }

    private void loadPacks(List<Problem> problems) {
        Path dir = given.resolve(SOURCES_DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(PACK_SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, "cannot list the source packs: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            String id = file.getFileName().toString();
            id = id.substring(0, id.length() - PACK_SUFFIX.length());
            int before = problems.size();
            PackLoad loaded = loadPack(file, problems);
            packs.put(id, problems.size() > before || loaded == null ? new PackLoad(null, Set.of()) : loaded);
        }
    }

    private PackLoad loadPack(Path file, List<Problem> problems) {
        String name = file.toString();
        String text = readText(file, name, problems);
        if (text == null) {
            return null;
        }
        YamlTree tree = new YamlTree(name, "the source pack", problems);
        Obj top = tree.parse(text);
        return top == null ? null : new Reader(tree, file, top).readPack();
    }

    /** One lesson file; empty when it has problems (they are added to {@code problems}). */
    Optional<LoadedLesson> load(Path file, List<Problem> problems) {
        String name = file.toString();
        String text = readText(file, name, problems);
        if (text == null) {
            return Optional.empty();
        }
        int before = problems.size();
        YamlTree tree = new YamlTree(name, problems);
        Obj top = tree.parse(text);
        if (top == null) {
            return Optional.empty();
        }
        Reader reader = new Reader(tree, file, top);
        LessonPlan plan = reader.read();
        if (problems.size() > before || plan == null) {
            return Optional.empty();
        }
        return Optional.of(new LoadedLesson(plan, reader.sources));
    }

    private static String readText(Path file, String name, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Problem(name, 0, "the file is " + size / 1024 + " KB; the limit is "
                        + MAX_FILE_BYTES / 1024 + " KB. Split the lesson or shorten it."));
                return null;
            }
            return RecordParser.decode(Files.readAllBytes(file));
        } catch (RecordFormatException e) {
            problems.add(new Problem(name, 0, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot read the file: " + e.getMessage()));
        }
        return null;
    }

    /** Parses the record a pack names (each pack is read once); reports why it cannot be used. */
    private WorkingRecord source(Path folder, String relative, Set<String> aliases, List<LineFix> fixes, YamlTree tree,
                                 Node at) {
        if (recordInMemory != null) {
            try {
                return RecordParser.parse(recordInMemory, aliases, fixes);
            } catch (RecordFormatException e) {
                tree.error(at, "the record cannot be read as a working record: " + e.getMessage());
                return null;
            }
        }
        Path path = folder.resolve(relative).toAbsolutePath().normalize();
        if (!path.startsWith(root)) {
            tree.error(at, "file must be inside the lesson-plans folder, e.g. the record's .txt beside this pack");
            return null;
        }
        if (!Files.isRegularFile(path)) {
            tree.error(at, "source file '" + relative + "' not found (looked in " + path.getParent() + ")");
            return null;
        }
        List<Problem> readProblems = new ArrayList<>();
        String text = readText(path, relative, readProblems);
        try {
            if (text == null) {
                throw new RecordFormatException(readProblems.get(0).message());
            }
            return RecordParser.parse(text, aliases, fixes);
        } catch (RecordFormatException e) {
            tree.error(at, "source file '" + relative + "' cannot be read as a working record: " + e.getMessage());
            return null;
        }
    }

    /** Reads one lesson's tree into records, checking each value where it stands. */
    private final class Reader {
        private final YamlTree tree;
        private final Path file;
        private final Obj top;
        /** The records quotations are checked against; null while they cannot be used (reported where they are named). */
        private LessonSources sources;
        /** The lesson's packs, in its order; empty while reading a pack, or when one of them cannot be used. */
        private final List<PackLoad> lessonPacks = new ArrayList<>();
        private final Map<String, Speaker> speakers = new LinkedHashMap<>();
        private final Set<String> topics = new HashSet<>();
        private final Set<String> stances = new HashSet<>();
        private final Set<String> questionIds = new HashSet<>();
        private final List<Position> positions = new ArrayList<>();

        Reader(YamlTree tree, Path file, Obj top) {
            this.tree = tree;
            this.file = file;
            this.top = top;
        }

        LessonPlan read() {
            String folder = file.getParent().getFileName().toString();
            String id = ownId(folder, "its folder name '" + folder + "'");
            String title = top.text("title", true);
            String level = top.text("level", true);
            int duration = top.integer("duration", 5, 600, 45);
            int sequence = top.integer("sequence", 1, 999, NO_SEQUENCE);
            String summary = top.text("summary", true);
            List<String> objectives = top.texts("objectives", true);

            List<SourcePack> packList = readPackRefs();
            if (top.node("speakers") != null) {
                tree.error(top.node("speakers"), "speakers belong to the source pack (lesson-plans/" + SOURCES_DIR
                        + "/<id>.yaml), where every lesson on the record shares them: move them there");
            }
            // a lesson may add notes of its own to what its pack says about the record
            List<Annotation> annotations = top.objects("annotations", false).stream().map(this::annotation).toList();
            List<GlossaryTerm> glossary = top.objects("glossary", false).stream().map(this::term).toList();
            List<ContextCard> context = top.objects("context", false).stream().map(this::card).toList();
            List<TimelineEvent> timeline = top.objects("timeline", false).stream().map(this::event).toList();
            List<Stance> stanceList = top.objects("stances", false).stream().map(this::stance).toList();
            List<Topic> topicList = top.objects("topics", false).stream().map(this::topic).toList();
            top.objects("positions", false).forEach(this::position);
            List<Activity> activities = readActivities();
            String notes = top.text("teacher-notes", false);
            List<String> notFromSource = top.has("not-from-the-source") ? top.texts("not-from-the-source", true) : List.of();
            top.finish();
            String guide = readGuide();
            Set<String> packTexts = new HashSet<>();
            lessonPacks.forEach(p -> packTexts.addAll(p.texts()));
            checkProseQuotes(notFromSource, guide, packTexts);
            if (packList == null) {
                return null;
            }
            // each of the lesson's own annotations belongs to the record its words stand in; its glossary to every record
            List<SourceRef> refs = new ArrayList<>();
            for (LessonSources.Text t : sources.texts()) {
                List<Annotation> own = annotations.stream()
                        .filter(a -> sources.find(a.quote()).map(f -> f.text() == t).orElse(false)).toList();
                SourceRef ref = t.ref();
                refs.add(new SourceRef(ref.id(), ref.file(), ref.citation(), ref.provenance(), concat(ref.annotations(), own),
                        concat(ref.glossary(), glossary)));
            }
            sources = new LessonSources(refs, sources.texts().stream().map(LessonSources.Text::index).toList());
            List<GlossaryTerm> allGlossary = new ArrayList<>();
            List<ContextCard> allContext = new ArrayList<>();
            List<TimelineEvent> allTimeline = new ArrayList<>();
            for (SourcePack p : packList) {
                allGlossary.addAll(p.glossary());
                allContext.addAll(p.context());
                allTimeline.addAll(p.timeline());
            }
            return new LessonPlan(id, title, level, duration, sequence, summary, objectives, refs,
                    List.copyOf(speakers.values()), concat(allGlossary, glossary), concat(allContext, context),
                    concat(allTimeline, timeline), stanceList, topicList, positions, activities,
                    notes == null ? "" : notes, guide);
        }

        /** A source pack: the record and everything said about it, checked like a lesson. */
        PackLoad readPack() {
            String name = file.getFileName().toString();
            String id = ownId(name.substring(0, name.length() - PACK_SUFFIX.length()), "the file name '" + name + "'");
            List<Obj> speakerObjs = top.objects("speakers", true);
            Set<String> aliases = new HashSet<>();
            speakerObjs.forEach(o -> aliases.addAll(peekTexts(o, "aliases")));
            String relative = top.text("file", true);
            List<LineFix> fixes = structure(aliases);
            WorkingRecord record = relative.isEmpty() ? null
                    : source(file.getParent(), relative, aliases, fixes, tree, top.node("structure") != null ? top.node("structure") : top.node("file"));
            SourceIndex index = record == null ? null : new SourceIndex(record);
            sources = index == null ? null
                    : new LessonSources(List.of(new SourceRef(id, relative, "", List.of(), List.of(), List.of())), List.of(index));
            String citation = top.text("citation", true);
            List<Provenance> provenance = top.objects("provenance", false).stream()
                    .map(o -> done(o, new Provenance(o.text("label", true), o.text("text", true)))).toList();
            List<Annotation> annotations = top.objects("annotations", false).stream().map(this::annotation).toList();
            List<Speaker> speakerList = speakerObjs.stream().map(this::speaker).toList();
            List<GlossaryTerm> glossary = top.objects("glossary", false).stream().map(this::term).toList();
            List<ContextCard> context = top.objects("context", false).stream().map(this::card).toList();
            List<TimelineEvent> timeline = top.objects("timeline", false).stream().map(this::event).toList();
            List<String> notFromSource = top.has("not-from-the-source") ? top.texts("not-from-the-source", true) : List.of();
            top.finish();
            Set<String> texts = checkProseQuotes(notFromSource, "", Set.of());
            if (index == null) {
                return null;
            }
            String text = root.relativize(file.getParent().resolve(relative).toAbsolutePath().normalize()).toString();
            SourceRef ref = new SourceRef(id, text, citation, provenance, annotations, glossary);
            return new PackLoad(new SourcePack(id, ref, speakerList, glossary, context, timeline, index, fixes), texts);
        }

        /**
         * A pack's corrections of how the parser read single lines ({@code structure:}, each {@code line:},
         * {@code as:} turn, note, heading or continues, and for a turn the {@code speaker:} as the record writes
         * them, one of the speakers' aliases).
         */
        private List<LineFix> structure(Set<String> aliases) {
            List<LineFix> out = new ArrayList<>();
            for (Obj o : top.objects("structure", false)) {
                int line = o.integer("line", 1, 100_000, 0);
                String as = o.text("as", true);
                String speaker = o.text("speaker", false);
                LineFix.As kind = switch (as) {
                    case "turn" -> LineFix.As.TURN;
                    case "note" -> LineFix.As.NOTE;
                    case "heading" -> LineFix.As.HEADING;
                    case "continues" -> LineFix.As.CONTINUES;
                    default -> null;
                };
                if (!o.has("line")) {
                    tree.error(o.node("as"), "say which line of the record this is, with 'line: <number>' (the reader's line numbers)");
                } else if (kind == null) {
                    tree.error(o.node("as"), "'as: " + as + "' is not a kind of line: write turn, note, heading or continues");
                } else if (kind == LineFix.As.TURN && (speaker == null || speaker.isBlank())) {
                    tree.error(o.node("as"), "line " + line + " is a turn: say whose, with 'speaker:' as the record writes the name");
                } else if (kind == LineFix.As.TURN && !aliases.contains(speaker.strip())) {
                    tree.error(o.node("speaker"), "'" + speaker + "' is none of the speakers' names as written (their 'aliases:')"
                            + hint(speaker, aliases));
                } else if (kind != LineFix.As.TURN && speaker != null) {
                    tree.error(o.node("speaker"), "only a turn has a speaker: leave 'speaker:' out of a " + as);
                } else if (line > 0) {
                    out.add(new LineFix(line, kind, speaker));
                }
                o.finish();
            }
            return out;
        }

        private static String hint(String name, Set<String> names) {
            String close = YamlTree.closest(name, List.copyOf(names));
            return close == null ? "" : "; did you mean '" + close + "'?";
        }

        /** The document's {@code id:}, which must be well formed and equal {@code expected} (its folder or file name). */
        private String ownId(String expected, String where) {
            String id = top.text("id", true);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                tree.error(top.node("id"), "id '" + id + "' may use only lower-case letters, digits and single hyphens");
            }
            if (!id.isEmpty() && !id.equals(expected)) {
                tree.error(top.node("id"), "id '" + id + "' must match " + where);
            }
            return id;
        }

        /**
         * The packs a lesson names, with {@code source: <id>} (one record) or {@code sources: [<id>, <id>]}
         * (several, lettered A, B, ... in this order); their speakers and records become the lesson's.
         * Null when one of them cannot be used (the lesson is then not loaded; the problem is reported here).
         */
        private List<SourcePack> readPackRefs() {
            Node one = top.node("source");
            Node several = top.node("sources");
            if (one instanceof MappingNode || several instanceof MappingNode) {
                tree.error(one != null ? one : several, "'source:' names a source pack by its id (source: presidium-1956-10-26):"
                        + " the record's file, citation, provenance, annotations, speakers, glossary, context and timeline are"
                        + " written once, in lesson-plans/" + SOURCES_DIR + "/<id>.yaml (see lesson-plans/README.md)");
                return null;
            }
            if (one != null && several != null) {
                tree.error(several, "write either 'source: <id>' (one record) or 'sources: [<id>, <id>]' (several), not both");
                return null;
            }
            List<String> ids = several != null ? top.texts("sources", true) : List.of(top.text("source", true));
            if (ids.isEmpty() || ids.contains("")) {
                return null;
            }
            Node node = several != null ? several : one;
            if (ids.size() > LessonSources.MAX) {
                tree.error(node, "a lesson may read at most " + LessonSources.MAX + " records; this one lists " + ids.size());
                return null;
            }
            if (new HashSet<>(ids).size() < ids.size()) {
                tree.error(node, "a record is listed twice in 'sources:': list each once");
                return null;
            }
            List<SourcePack> found = new ArrayList<>();
            for (String id : ids) {
                PackLoad load = packs.get(id);
                if (load == null) {
                    String hint = YamlTree.closest(id, List.copyOf(packs.keySet()));
                    tree.error(node, "no source pack '" + id + "': a pack is the file lesson-plans/" + SOURCES_DIR + "/" + id
                            + PACK_SUFFIX + (hint != null ? "; did you mean '" + hint + "'?"
                            : packs.isEmpty() ? "" : "; packs are: " + String.join(", ", packs.keySet())));
                    return null;
                }
                if (load.pack() == null) {
                    tree.error(node, "the source pack '" + id + "' has problems (listed for " + SOURCES_DIR + "/" + id
                            + PACK_SUFFIX + "); this lesson loads once they are fixed");
                    return null;
                }
                found.add(load.pack());
            }
            for (SourcePack p : found) {
                for (Speaker sp : p.speakers()) {
                    Speaker before = speakers.get(sp.id());
                    if (before != null && !before.name().equals(sp.name())) {
                        tree.error(node, "speaker id '" + sp.id() + "' is " + before.name() + " in one pack and " + sp.name()
                                + " in '" + p.id() + "': one id must mean one person in every record of a lesson");
                        return null;
                    }
                    // one person in several records: the first pack's words about them, every record's spellings
                    speakers.put(sp.id(), before == null ? sp : new Speaker(before.id(), before.name(),
                            union(before.aliases(), sp.aliases()), before.role(), before.bio()));
                }
            }
            ids.forEach(id -> lessonPacks.add(packs.get(id)));
            sources = new LessonSources(found.stream().map(SourcePack::source).toList(),
                    found.stream().map(SourcePack::index).toList());
            return found;
        }

        private static List<String> union(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            b.stream().filter(x -> !out.contains(x)).forEach(out::add);
            return out;
        }

        private Annotation annotation(Obj o) {
            String quote = o.text("quote", true);
            checkQuote(o, "quote", quote);
            return done(o, new Annotation(quote, o.text("kind", true), o.text("note", true)));
        }

        private ContextCard card(Obj o) {
            return done(o, new ContextCard(o.text("title", true), o.text("text", true)));
        }

        private TimelineEvent event(Obj o) {
            return done(o, new TimelineEvent(o.text("date", true), o.text("text", true)));
        }

        /**
         * Quotations in the file's prose and its teacher guide must be the source's words ({@link ProseQuotes}).
         * Returns the file's own texts (as {@link ProseQuotes#key} keys) and its not-from-the-source list:
         * a lesson may quote its pack's texts as a pack may quote its own.
         */
        private Set<String> checkProseQuotes(List<String> notFromSource, String guide, Set<String> alsoExempt) {
            List<ScalarNode> texts = new ArrayList<>();
            scalars(top.node, texts);
            // the lesson quoting itself (an option, a title, a starter) is not quoting the source
            Set<String> own = new HashSet<>();
            texts.forEach(t -> own.add(ProseQuotes.key(t.getValue())));
            notFromSource.forEach(q -> own.add(ProseQuotes.key(q)));
            Set<String> exempt = new HashSet<>(own);
            exempt.addAll(alsoExempt);
            if (sources == null) {
                return own;
            }
            for (ScalarNode t : texts) {
                // a block scalar (| or >) starts on the line after its key
                int first = YamlTree.line(t) + (t.getScalarStyle() == ScalarStyle.LITERAL
                        || t.getScalarStyle() == ScalarStyle.FOLDED ? 1 : 0);
                ProseQuotes.check(t.getValue(), sources, exempt).forEach(f -> tree.error(null, first + f.lineOffset(), f.message()));
            }
            if (!guide.isEmpty()) {
                String guideFile = file.resolveSibling(GUIDE_FILE).toString();
                ProseQuotes.check(guide, sources, exempt).forEach(f -> tree.error(guideFile, 1 + f.lineOffset(), f.message()));
            }
            return own;
        }

        /** Every text value of the lesson (not the keys), except the list of deliberate non-source quotations. */
        private void scalars(Node node, List<ScalarNode> out) {
            if (node instanceof ScalarNode scalar) {
                out.add(scalar);
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(n -> scalars(n, out));
            } else if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals("not-from-the-source") && map == top.node) {
                        continue;
                    }
                    scalars(tuple.getValueNode(), out);
                }
            }
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            if (b.isEmpty()) {
                return a;
            }
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        private String readGuide() {
            if (guideInMemory != null) {
                return guideInMemory;
            }
            Path guide = file.resolveSibling(GUIDE_FILE);
            if (!Files.isRegularFile(guide)) {
                return "";
            }
            List<Problem> guideProblems = new ArrayList<>();
            String text = readText(guide, guide.toString(), guideProblems);
            guideProblems.forEach(p -> tree.error(null, GUIDE_FILE + ": " + p.message()));
            return text == null ? "" : text;
        }

        private List<String> peekTexts(Obj o, String key) {
            Node n = o.node(key);
            List<String> out = new ArrayList<>();
            if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(v -> {
                    if (v instanceof ScalarNode s) {
                        out.add(s.getValue().strip());
                    }
                });
            }
            return out;
        }

        private <T> T done(Obj o, T value) {
            o.finish();
            return value;
        }

        private Speaker speaker(Obj o) {
            String id = checkId(o, "id");
            List<String> aliases = o.texts("aliases", true);
            if (sources != null) {
                for (String alias : aliases) {
                    if (sources.find(alias).isEmpty()) {
                        tree.error(o.node("aliases"), "alias '" + alias + "' of speaker '" + id
                                + "' does not appear in the source: write the name exactly as the record spells it");
                    }
                }
            }
            Speaker speaker = new Speaker(id, o.text("name", true), aliases, o.text("role", true), o.text("bio", true));
            if (speakers.putIfAbsent(id, speaker) != null) {
                tree.error(o.node("id"), "speaker id '" + id + "' is used twice");
            }
            o.finish();
            return speaker;
        }

        private GlossaryTerm term(Obj o) {
            String term = o.text("term", true);
            // No 'matches': the term itself is marked in the text; 'matches: []': listed in the glossary only.
            List<String> matches = o.has("matches") ? o.texts("matches", false)
                    : o.node("matches") != null ? List.of() : List.of(term);
            for (String m : matches) {
                checkQuote(o, o.has("matches") ? "matches" : "term", m);
            }
            return done(o, new GlossaryTerm(term, o.text("definition", true), matches));
        }

        private Stance stance(Obj o) {
            String id = checkId(o, "id");
            if (!stances.add(id)) {
                tree.error(o.node("id"), "stance id '" + id + "' is used twice");
            }
            return done(o, new Stance(id, o.text("label", true), o.text("description", true)));
        }

        private Topic topic(Obj o) {
            String id = checkId(o, "id");
            if (!topics.add(id)) {
                tree.error(o.node("id"), "topic id '" + id + "' is used twice");
            }
            return done(o, new Topic(id, o.text("title", true), o.text("question", true)));
        }

        private void position(Obj o) {
            String speaker = o.text("speaker", true);
            String topic = o.text("topic", true);
            String stance = o.text("stance", true);
            checkSpeaker(o, "speaker", speaker);
            if (!topic.isEmpty() && !topics.contains(topic)) {
                tree.error(o.node("topic"), "unknown topic '" + topic + "'; topics are: " + String.join(", ", topics));
            }
            if (!stance.isEmpty() && !stances.contains(stance)) {
                tree.error(o.node("stance"), "unknown stance '" + stance + "'; stances are: " + String.join(", ", stances));
            }
            List<String> accept = o.texts("accept", false);
            for (String a : accept) {
                if (!stances.contains(a)) {
                    tree.error(o.node("accept"), "unknown stance '" + a + "' in accept; stances are: " + String.join(", ", stances));
                } else if (a.equals(stance)) {
                    tree.error(o.node("accept"), "'" + a + "' is already the key's stance: accept lists the other stances");
                }
            }
            List<String> evidence = o.has("evidence") ? o.texts("evidence", true) : List.of();
            if (evidence.isEmpty() && !Stance.NOT_STATED.equals(stance)) {
                tree.error(o.node, "the position of '" + speaker + "' on '" + topic
                        + "' needs 'evidence:' quoted from the source (only 'not-stated' may have none)");
            }
            for (String quote : evidence) {
                checkSaidBy(o, "evidence", quote, speaker);
            }
            for (Position p : positions) {
                if (p.speaker().equals(speaker) && p.topic().equals(topic)) {
                    tree.error(o.node, "there are two positions for '" + speaker + "' on '" + topic + "'; keep one");
                }
            }
            positions.add(new Position(speaker, topic, stance, accept, evidence, o.text("explanation", true)));
            o.finish();
        }

        private List<Activity> readActivities() {
            List<Activity> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Obj o : top.objects("activities", true)) {
                String id = checkId(o, "id");
                if (!ids.add(id)) {
                    tree.error(o.node("id"), "activity id '" + id + "' is used twice");
                }
                String type = o.text("type", true);
                String title = o.text("title", true);
                String instructions = o.text("instructions", true);
                checkPaperWords(o, "instructions", instructions);
                switch (type) {
                    case "guided-reading" -> out.add(new GuidedReading(id, title, instructions,
                            o.objects("steps", true).stream().map(this::step).toList()));
                    case "questions" -> out.add(new QuestionSet(id, title, instructions,
                            o.objects("questions", true).stream().map(this::question).filter(q -> q != null).toList()));
                    case "" -> { }
                    default -> tree.error(o.node("type"), "unknown activity type '" + type
                            + "'; use guided-reading or questions");
                }
                o.finish();
            }
            return out;
        }

        private ReadingStep step(Obj o) {
            String speaker = o.text("speaker", true);
            checkSpeaker(o, "speaker", speaker);
            String quote = o.text("quote", true);
            checkSaidBy(o, "quote", quote, speaker);
            String notice = o.text("notice", true);
            checkPaperWords(o, "notice", notice);
            Obj check = o.object("check", true);
            Question.Choice choice = null;
            if (check != null) {
                choice = choice(check, "check-" + speaker);
                check.finish();
            }
            o.finish();
            return new ReadingStep(speaker, quote, notice, choice);
        }

        private Question question(Obj o) {
            String id = checkId(o, "id");
            if (!questionIds.add(id)) {
                tree.error(o.node("id"), "question id '" + id + "' is used twice in this lesson");
            }
            String type = o.text("type", true);
            Question q = switch (type) {
                case "choice" -> choice(o, id);
                case "who-said-it" -> whoSaidIt(o, id);
                case "matching" -> matching(o, id);
                case "positions-grid" -> grid(o, id);
                case "pick-evidence" -> pickEvidence(o, id);
                case "true-false" -> trueFalse(o, id);
                case "order" -> order(o, id);
                case "open" -> open(o, id);
                case "" -> null;
                default -> {
                    tree.error(o.node("type"), "unknown question type '" + type + "'; use one of: choice, who-said-it, "
                            + "matching, positions-grid, pick-evidence, true-false, order, open");
                    yield null;
                }
            };
            if (q != null) {
                checkPaperWords(o, "prompt", q.prompt());
            }
            o.finish();
            return q;
        }

        /** Words that only make sense on a screen; the same prompts are printed on worksheets. */
        private static final Pattern SCREEN_WORDS = Pattern.compile("\\b(click|tap|scroll|open it)\\b", Pattern.CASE_INSENSITIVE);

        private void checkPaperWords(Obj o, String key, String text) {
            Matcher m = text == null ? null : SCREEN_WORDS.matcher(text);
            if (m != null && m.find()) {
                tree.error(o.node(key), "'" + m.group() + "' only makes sense on a screen, but this text is printed on worksheets "
                        + "too: say 'find' or 'choose' (the screen explains how to point at a line)");
            }
        }

        private Question.Choice choice(Obj o, String id) {
            String prompt = o.text("prompt", true);
            List<String> options = o.texts("options", true);
            int answer = o.integer("answer", 1, Math.max(1, options.size()), 0);
            if (answer == 0 && !o.has("answer")) {
                tree.error(o.has("answer") ? o.node("answer") : o.node, "'answer' is the number of the right option, 1 to "
                        + options.size());
            }
            boolean keepOrder = o.has("keep-order") && Boolean.TRUE.equals(o.bool("keep-order"));
            return new Question.Choice(id, prompt, options, answer - 1, o.text("explanation", true), keepOrder);
        }

        private Question.WhoSaidIt whoSaidIt(Obj o, String id) {
            String quote = o.text("quote", true);
            String answer = o.text("answer", true);
            if (Question.NOT_IN_RECORD.equals(answer)) {
                if (sources != null && sources.find(quote).isPresent()) {
                    tree.error(o.node("answer"), "the key says 'not-in-record', but these words are in the source");
                }
            } else {
                checkSpeaker(o, "answer", answer);
                checkSaidBy(o, "quote", quote, answer);
            }
            String prompt = o.text("prompt", true);
            if (!quote.isBlank() && prompt.contains(quote)) {
                tree.error(o.node("prompt"), "the prompt repeats the quote, which is shown after it anyway: ask 'Who said this?' "
                        + "and leave the words to 'quote:'");
            }
            return new Question.WhoSaidIt(id, prompt, quote, answer, o.text("explanation", true));
        }

        private Question.Matching matching(Obj o, String id) {
            List<Question.Pair> pairs = new ArrayList<>();
            for (Obj p : o.objects("pairs", true)) {
                String statement = p.text("statement", true);
                String speaker = p.text("speaker", true);
                checkSpeaker(p, "speaker", speaker);
                checkSaidBy(p, "statement", statement, speaker);
                pairs.add(new Question.Pair(statement, speaker));
                p.finish();
            }
            if (pairs.size() == 1) {
                tree.error(o.node("pairs"), "a matching question needs at least two pairs");
            }
            return new Question.Matching(id, o.text("prompt", true), pairs, o.text("explanation", true));
        }

        private Question.PositionsGrid grid(Obj o, String id) {
            List<String> rows = o.texts("speakers", true);
            List<String> cols = o.texts("topics", true);
            rows.forEach(s -> checkSpeaker(o, "speakers", s));
            for (String t : cols) {
                if (!topics.contains(t)) {
                    tree.error(o.node("topics"), "unknown topic '" + t + "'; topics are: " + String.join(", ", topics));
                }
            }
            if (stances.isEmpty()) {
                tree.error(o.node, "a positions grid needs the lesson's 'stances:' to choose from");
            }
            for (String s : rows) {
                for (String t : cols) {
                    boolean keyed = positions.stream().anyMatch(p -> p.speaker().equals(s) && p.topic().equals(t));
                    if (!keyed && speakers.containsKey(s) && topics.contains(t)) {
                        tree.error(o.node("speakers"), "the grid asks about '" + s + "' on '" + t
                                + "' but 'positions:' has no key for it (use stance not-stated if the record is silent)");
                    }
                }
            }
            return new Question.PositionsGrid(id, o.text("prompt", true), rows, cols, o.text("explanation", true));
        }

        private Question.PickEvidence pickEvidence(Obj o, String id) {
            List<String> answers = o.texts("answers", true);
            answers.forEach(a -> checkQuote(o, "answers", a));
            return new Question.PickEvidence(id, o.text("prompt", true), answers, o.text("explanation", true));
        }

        private Question.TrueFalse trueFalse(Obj o, String id) {
            String prompt = o.text("prompt", true);
            Boolean answer = o.bool("answer");
            String evidence = o.text("evidence", true);
            checkQuote(o, "evidence", evidence);
            return new Question.TrueFalse(id, prompt, Boolean.TRUE.equals(answer), evidence, o.text("explanation", true));
        }

        private Question.Order order(Obj o, String id) {
            List<Question.OrderItem> items = new ArrayList<>();
            long lastStart = -1;
            String lastText = null;
            for (Obj i : o.objects("items", true)) {
                String text = i.text("text", true);
                String quote = i.text("quote", false);
                if (quote != null) {
                    Optional<LessonSources.Found> found = checkQuote(i, "quote", quote);
                    if (found.isPresent()) {
                        // records in the lesson's order, then the words' place in the record
                        long start = ((long) found.get().text().offset() << 32) + found.get().span().start();
                        if (start < lastStart) {
                            tree.error(i.node("quote"), "the key puts '" + text + "' after '" + lastText
                                    + "', but the source has it before: list the items in their correct order");
                        }
                        lastStart = start;
                        lastText = text;
                    }
                }
                items.add(new Question.OrderItem(text, quote));
                i.finish();
            }
            if (items.size() < 2) {
                tree.error(o.node("items"), "an order question needs at least two items");
            }
            return new Question.Order(id, o.text("prompt", true), items, o.text("explanation", true));
        }

        private Question.Open open(Obj o, String id) {
            String prompt = o.text("prompt", true);
            int maxWords = o.integer("max-words", 10, 2000, 150);
            List<String> starters = o.has("starters") ? o.texts("starters", true) : List.of();
            String model = o.text("model-answer", true);
            List<Question.RubricLevel> rubric = new ArrayList<>();
            for (Obj r : o.objects("rubric", true)) {
                rubric.add(new Question.RubricLevel(r.text("level", true), r.integer("points", 0, 100, 0),
                        r.text("descriptor", true)));
                r.finish();
            }
            String explanation = o.text("explanation", false);
            return new Question.Open(id, prompt, maxWords, starters, model, rubric, explanation == null ? "" : explanation);
        }

        private String checkId(Obj o, String key) {
            String id = o.text(key, true);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                tree.error(o.node(key), "'" + id + "' is not a valid id: use lower-case letters, digits and hyphens");
            }
            return id;
        }

        private void checkSpeaker(Obj o, String key, String id) {
            if (speakers.isEmpty()) {
                return; // the lesson's pack is missing or broken, reported once where 'source:' names it
            }
            if (!id.isEmpty() && !speakers.containsKey(id)) {
                String hint = YamlTree.closest(id, List.copyOf(speakers.keySet()));
                tree.error(o.node(key), "unknown speaker '" + id + "'"
                        + (hint != null ? ": did you mean '" + hint + "'?" : "; speakers are: " + String.join(", ", speakers.keySet())));
            }
        }

        private Optional<LessonSources.Found> checkQuote(Obj o, String key, String quote) {
            if (sources == null || quote == null || quote.isEmpty()) {
                return Optional.empty();
            }
            Optional<LessonSources.Found> span = sources.find(quote);
            if (span.isEmpty()) {
                String hint = sources.withTheSourcesDashes(quote)
                        .map(asWritten -> " (it is there with a different dash: the source has '" + abbreviate(asWritten)
                                + "'" + dashNames(asWritten) + ")")
                        .orElse(": copy the words exactly from the source (spaces and quote marks may differ, nothing else)");
                tree.error(o.node(key), "'" + abbreviate(quote) + "' is not in the source" + hint);
            }
            return span;
        }

        /** The quote must be in the source, inside a turn of that speaker. */
        private void checkSaidBy(Obj o, String key, String quote, String speakerId) {
            Optional<LessonSources.Found> span = checkQuote(o, key, quote);
            Speaker speaker = speakers.get(speakerId);
            if (span.isEmpty() || speaker == null) {
                return;
            }
            Optional<String> by = span.get().turn().map(t -> t.speaker());
            String line = sources.label(span.get().places().get(0));
            if (by.isEmpty()) {
                tree.error(o.node(key), "'" + abbreviate(quote) + "' is in the source (line " + line
                        + ") but not inside a speaker's turn, so it cannot be evidence of what " + speaker.name() + " said");
            } else if (!speaker.aliases().contains(by.get())) {
                tree.error(o.node(key), "'" + abbreviate(quote) + "' is said by " + by.get() + " (line "
                        + line + "), not by " + speaker.name());
            }
        }

        private static String abbreviate(String s) {
            return s.length() > 60 ? s.substring(0, 57) + "..." : s;
        }

        /** Which dashes the source's words use, by name: they look alike on screen. */
        private static String dashNames(String asWritten) {
            List<String> names = new ArrayList<>();
            if (asWritten.indexOf('-') >= 0) {
                names.add("'-' is a hyphen");
            }
            if (asWritten.indexOf('–') >= 0) {
                names.add("'–' is an en dash");
            }
            if (asWritten.indexOf('—') >= 0) {
                names.add("'—' is an em dash");
            }
            return names.isEmpty() ? "" : "; " + String.join(", ", names);
        }
    }

    /** A pack that loaded, with its texts (for the lessons' prose check); {@code pack} null when it has problems. */
    private record PackLoad(SourcePack pack, Set<String> texts) {
    }

    /** The packs that loaded (each once, shared by its lessons), the lessons that loaded, and every problem. */
    public record LoadResult(List<SourcePack> sources, List<LoadedLesson> lessons, List<Problem> problems, Packs packs) {
        public LoadResult {
            sources = List.copyOf(sources);
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }
    }
}
