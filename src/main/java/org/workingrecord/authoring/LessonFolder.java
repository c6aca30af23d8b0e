package org.workingrecord.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.source.RecordParser;

/**
 * A lesson as the files of {@code lesson-plans/}, zipped: {@code <id>/lesson.yaml}, {@code <id>/teacher-guide.md},
 * and for each teacher's source it reads {@code sources/<pack>.yaml} beside {@code sources/<pack>.txt}.
 * Reading one back takes the same files from a zip a teacher uploads, within limits a zip bomb cannot pass.
 */
record LessonFolder(String lessonId, String lessonYaml, String guide, List<LessonLoader.PackText> packs) {

    /** The largest zip a teacher may upload, and the most its files may hold once unpacked. */
    static final int MAX_ZIP_BYTES = 5_000_000;
    static final int MAX_UNPACKED_BYTES = 8_000_000;
    static final int MAX_ENTRIES = 40;

    LessonFolder {
        packs = List.copyOf(packs);
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, lessonId + "/" + LessonLoader.LESSON_FILE, lessonYaml);
            if (!guide.isBlank()) {
                put(zip, lessonId + "/" + LessonLoader.GUIDE_FILE, guide);
            }
            for (LessonLoader.PackText p : packs) {
                put(zip, LessonLoader.SOURCES_DIR + "/" + p.id() + ".yaml", p.yaml());
                put(zip, LessonLoader.SOURCES_DIR + "/" + p.id() + ".txt", p.recordText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * A lesson folder from an uploaded zip: exactly one {@code <id>/lesson.yaml} (at the top or inside one
     * folder, such as {@code lesson-plans/}), its guide if any, and the packs in a {@code sources/} folder
     * beside it (each {@code .yaml} with its {@code .txt}). Anything else in the zip is ignored.
     */
    static LessonFolder read(byte[] zipBytes) throws RecordFormatException {
        if (zipBytes.length == 0) {
            throw new RecordFormatException("The file is empty. Choose the lesson's zip, as the app exports it.");
        }
        if (zipBytes.length > MAX_ZIP_BYTES) {
            throw new RecordFormatException("The zip is " + zipBytes.length / 1000 + " KB; the limit is "
                    + MAX_ZIP_BYTES / 1000 + " KB.");
        }
        Map<String, String> files = unpack(zipBytes);
        List<String> lessonFiles = files.keySet().stream().filter(n -> n.endsWith("/" + LessonLoader.LESSON_FILE)).toList();
        if (lessonFiles.size() != 1) {
            throw new RecordFormatException(lessonFiles.isEmpty()
                    ? "The zip has no lesson in it: a lesson is a folder holding " + LessonLoader.LESSON_FILE + "."
                    : "The zip holds " + lessonFiles.size() + " lessons; import them one at a time.");
        }
        String lessonFile = lessonFiles.get(0);
        String folder = lessonFile.substring(0, lessonFile.length() - LessonLoader.LESSON_FILE.length() - 1);
        int slash = folder.lastIndexOf('/');
        String base = slash < 0 ? "" : folder.substring(0, slash + 1);
        String id = folder.substring(slash + 1);
        String guide = files.getOrDefault(folder + "/" + LessonLoader.GUIDE_FILE, "");
        Map<String, LessonLoader.PackText> packs = new LinkedHashMap<>();
        String dir = base + LessonLoader.SOURCES_DIR + "/";
        for (Map.Entry<String, String> f : files.entrySet()) {
            String name = f.getKey();
            if (name.startsWith(dir) && name.endsWith(".yaml") && name.indexOf('/', dir.length()) < 0) {
                String packId = name.substring(dir.length(), name.length() - ".yaml".length());
                String text = files.get(dir + packId + ".txt");
                if (text == null) {
                    throw new RecordFormatException("The source pack " + name + " has no record beside it (" + dir + packId
                            + ".txt).");
                }
                packs.put(packId, new LessonLoader.PackText(packId, f.getValue(), text));
            }
        }
        return new LessonFolder(id, files.get(lessonFile), guide, List.copyOf(packs.values()));
    }

    /** The zip's text files by name, refusing one that is not a zip, too many files, or files too large once unpacked. */
    private static Map<String, String> unpack(byte[] zipBytes) throws RecordFormatException {
        Map<String, String> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new RecordFormatException("The zip holds more than " + MAX_ENTRIES + " files: a lesson folder"
                            + " has its lesson, its guide and the records it reads.");
                }
                String name = e.getName().replace('\\', '/');
                if (e.isDirectory() || name.startsWith("__MACOSX/") || name.contains("/.")) {
                    continue;
                }
                if (name.startsWith("/") || name.contains("../")) {
                    throw new RecordFormatException("The zip names a file outside its folder (" + name + ").");
                }
                byte[] content = readCapped(zip, MAX_UNPACKED_BYTES - total);
                if (content == null) {
                    throw new RecordFormatException("The zip's files hold more than " + MAX_UNPACKED_BYTES / 1_000_000
                            + " MB once unpacked: that is not a lesson folder.");
                }
                total += content.length;
                if (name.endsWith(".yaml") || name.endsWith(".md") || name.endsWith(".txt")) {
                    files.put(name, RecordParser.decode(content));
                }
            }
        } catch (IOException e) {
            throw new RecordFormatException("The file is not a zip the app can open: export the lesson from the app,"
                    + " or zip its folder (" + e.getMessage() + ").");
        }
        if (entries == 0) {
            throw new RecordFormatException("The file is not a zip, or the zip is empty: choose the lesson's zip.");
        }
        return files;
    }

    /** The entry's bytes, or null when it holds more than {@code room}. */
    private static byte[] readCapped(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > room) {
                return null;
            }
        }
        return out.toByteArray();
    }
}
