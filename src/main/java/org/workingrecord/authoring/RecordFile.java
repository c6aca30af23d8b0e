package org.workingrecord.authoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.source.RecordParser;

/**
 * The text of a record a teacher brings: pasted, or a {@code .txt}, {@code .md} or {@code .docx} file.
 * Text files must be UTF-8 (a byte-order mark is dropped); a Word file gives its paragraphs one per
 * line, table cells apart by tabs and underlined words marked {@code <u>...</u>}, as the shipped
 * record marks them. Limits: 1,000,000 bytes a file or paste (a record of a long meeting is some tens of KB),
 * and for Word files POI's zip checks (no entry over 20 MB unpacked, none packed more than 100 to 1),
 * so a "zip bomb" is refused before it is unpacked. Every refusal says what to do.
 */
public final class RecordFile {

    /** The largest file or paste taken, in bytes. */
    public static final int MAX_BYTES = 1_000_000;
    private static final long MAX_ENTRY = 20L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
    }

    private RecordFile() {
    }

    /** The text of an uploaded file, by its name's ending. */
    public static String read(String fileName, byte[] bytes) throws RecordFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new RecordFormatException(tooLarge(bytes.length));
        }
        if (bytes.length == 0) {
            throw new RecordFormatException("The file is empty: there is no record to read.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return docx(bytes);
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".text")) {
            return checked(RecordParser.decode(withoutBom(bytes)));
        }
        throw new RecordFormatException("Upload the record as a .txt, .md or .docx file (this one is '" + fileName
                + "'), or paste its text.");
    }

    /** Pasted text, as it came. */
    public static String pasted(String text) throws RecordFormatException {
        if (text == null || text.isBlank()) {
            throw new RecordFormatException("Nothing was pasted: paste the record's text, or upload its file.");
        }
        if (text.length() > MAX_BYTES) {
            throw new RecordFormatException(tooLarge(text.length()));
        }
        return checked(text);
    }

    private static String checked(String text) throws RecordFormatException {
        if (text.isBlank()) {
            throw new RecordFormatException("The file is empty: there is no record to read.");
        }
        return text;
    }

    private static String tooLarge(long bytes) {
        return "The record is " + (bytes / 1000) + " KB; the limit is " + MAX_BYTES / 1000
                + " KB. A meeting's record is much shorter: is this the right file?";
    }

    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            byte[] out = new byte[bytes.length - 3];
            System.arraycopy(bytes, 3, out, 0, out.length);
            return out;
        }
        return bytes;
    }

    private static String docx(byte[] bytes) throws RecordFormatException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(paragraph(p));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(String.join(" ", cell.getParagraphs().stream().map(RecordFile::paragraph).toList()).strip());
                        }
                        lines.add(String.join("\t", cells));
                    }
                }
            }
            String text = String.join("\n", lines).strip();
            if (text.length() > MAX_BYTES) {
                throw new RecordFormatException(tooLarge(text.length()));
            }
            return checked(text);
        } catch (RecordFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("Zip bomb") || why.contains("exceed") || why.contains("ratio")) {
                throw new RecordFormatException("This Word file unpacks to far more than a record holds, so it was not"
                        + " opened. Save the record again as a plain .docx or .txt file and upload that.");
            }
            throw new RecordFormatException("This is not a Word (.docx) file that can be read. Save it again from your word"
                    + " processor as .docx, or as plain text (.txt), and upload that.");
        }
    }

    /** A paragraph's text, underlined runs marked as the shipped record marks them. */
    private static String paragraph(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text.isEmpty()) {
                continue;
            }
            boolean under = run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE;
            out.append(under && !text.isBlank() ? "<u>" + text + "</u>" : text);
        }
        return out.toString();
    }
}
