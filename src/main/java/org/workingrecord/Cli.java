package org.workingrecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.workingrecord.backup.BackupFiles;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.Problem;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Markup;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.source.RecordParser;
import org.workingrecord.source.WorkingRecord;

/** The command-line tools: they print and exit, and never start the server. */
final class Cli {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    private static final long MAX_RECORD_BYTES = 1024 * 1024;

    private static final String USAGE_TEXT = """
            Usage:
              java -jar working-record.jar                      start the web app
              java -jar working-record.jar lint [DIR]           check the lesson plans in DIR (default: lesson-plans)
              java -jar working-record.jar parse-record FILE    print a working record's structure as JSON
              java -jar working-record.jar restore FILE [DIR]   put a backup back into the data folder DIR
                                                                (default: DATA_DIR or ./data); stop the server first
            """;

    private Cli() {
    }

    static boolean handles(String command) {
        return List.of("lint", "parse-record", "restore", "help", "--help", "-h").contains(command);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return switch (args[0]) {
            case "lint" -> args.length <= 2 ? lint(Path.of(args.length == 2 ? args[1] : "lesson-plans"), out, err)
                    : usage(err, "lint takes at most one folder");
            case "parse-record" -> args.length == 2 ? parseRecord(Path.of(args[1]), out, err)
                    : usage(err, "parse-record takes exactly one file");
            case "restore" -> args.length == 2 || args.length == 3
                    ? restore(Path.of(args[1]), Path.of(args.length == 3 ? args[2] : defaultDataDir()), out, err)
                    : usage(err, "restore takes a backup file and at most one data folder");
            default -> {
                out.print(USAGE_TEXT);
                yield OK;
            }
        };
    }

    private static int usage(PrintStream err, String message) {
        err.println("error: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    static int lint(Path dir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            return usage(err, "'" + dir + "' is not a folder");
        }
        LessonLoader.LoadResult result = LessonLoader.loadAll(dir);
        for (Problem p : result.problems()) {
            out.println(p);
        }
        int count = result.problems().size();
        out.println(plural(result.sources().size(), "source pack") + " and " + plural(result.lessons().size(), "lesson") + " loaded, "
                + plural(count, "problem"));
        return count == 0 ? OK : PROBLEMS;
    }

    private static String defaultDataDir() {
        String env = System.getenv("DATA_DIR");
        return env == null || env.isBlank() ? "./data" : env;
    }

    static int restore(Path backup, Path dataDir, PrintStream out, PrintStream err) {
        try {
            BackupFiles.Restored done = BackupFiles.restore(backup, dataDir, Clock.systemUTC().instant());
            out.println("Restored " + done.database() + (done.key() ? " and its resume-code key" : "") + " from " + backup + ".");
            if (done.before() != null) {
                out.println("What the data folder held before is kept in " + done.before() + ".");
            }
            out.println("Start the server as usual.");
            return OK;
        } catch (BackupFiles.RestoreException e) {
            err.println("error: " + e.getMessage());
            return PROBLEMS;
        }
    }

    /** "1 lesson", "4 lessons", "0 problems". */
    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static int parseRecord(Path file, PrintStream out, PrintStream err) {
        try {
            if (Files.size(file) > MAX_RECORD_BYTES) {
                err.println(file + ": the file is larger than 1 MB; a working record is a few pages of text");
                return PROBLEMS;
            }
            WorkingRecord record = RecordParser.parse(Files.readAllBytes(file));
            out.println(toJson(record));
            return OK;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (IOException e) {
            err.println(file + ": cannot read it (" + e.getMessage() + ")");
        } catch (RecordFormatException e) {
            err.println(file + ": " + e.getMessage());
        }
        return PROBLEMS;
    }

    static String toJson(WorkingRecord record) {
        StringBuilder json = new StringBuilder("{\n  \"title\": ").append(quote(record.title()));
        json.append(",\n  \"present\": [");
        for (int i = 0; i < record.present().size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(record.present().get(i)));
        }
        json.append("],\n  \"guests\": [");
        for (int i = 0; i < record.guests().size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(record.guests().get(i)));
        }
        json.append("],\n  \"items\": [");
        for (int i = 0; i < record.items().size(); i++) {
            Item item = record.items().get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"heading\": ")
                    .append(item.heading() == null ? "null" : quote(item.heading())).append(", \"entries\": [");
            for (int j = 0; j < item.entries().size(); j++) {
                Entry entry = item.entries().get(j);
                json.append(j == 0 ? "\n" : ",\n").append("      {\"kind\": ");
                if (entry instanceof Entry.Turn turn) {
                    json.append("\"turn\", \"speaker\": ").append(quote(Markup.hide(turn.speaker())));
                } else {
                    json.append("\"note\"");
                }
                json.append(", \"text\": ").append(quote(entry.text())).append('}');
            }
            json.append("\n    ]}");
        }
        json.append("\n  ],\n  \"citation\": ").append(quote(record.citation())).append("\n}");
        return json.toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
