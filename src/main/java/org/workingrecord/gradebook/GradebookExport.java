package org.workingrecord.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.ClassResults;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.shell.Words;

/**
 * The gradebook of one assignment: a row per student, a column per question with points, a total.
 * Open answers count the teacher's points once graded; until then the cell says "to grade".
 * Returns bytes; knows nothing of the UI.
 */
public final class GradebookExport {

    public static final String TO_GRADE = Words.get("export.to-grade");

    private GradebookExport() {
    }

    /** Header plus one row per student, as text cells. */
    static List<List<String>> table(ClassResults results) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Words.get("export.student")));
        int max = 0;
        for (AssignedQuestion q : results.questions()) {
            int qMax = Grading.maxPoints(q.question(), results.lesson());
            max += qMax;
            header.add(Words.get("export.out-of", title(q), String.valueOf(qMax)));
        }
        header.add(Words.get("export.total", String.valueOf(max)));
        rows.add(header);
        for (StudentInfo s : results.students()) {
            List<String> row = new ArrayList<>(List.of(s.displayName()));
            Map<String, Answer> mine = results.answers().getOrDefault(s.id(), Map.of());
            Map<String, Integer> graded = results.teacherPoints().getOrDefault(s.id(), Map.of());
            int total = 0;
            for (AssignedQuestion q : results.questions()) {
                Answer value = mine.get(q.key());
                if (value == null || value.isEmpty()) {
                    row.add("");
                    continue;
                }
                Score score = Grading.grade(q.question(), value, results.lesson());
                if (score.pending()) {
                    Integer points = graded.get(q.key());
                    row.add(points == null ? TO_GRADE : String.valueOf(points));
                    total += points == null ? 0 : points;
                } else {
                    row.add(String.valueOf(score.points()));
                    total += score.points();
                }
            }
            row.add(String.valueOf(total));
            rows.add(row);
        }
        return rows;
    }

    /** The class gradebook: a row per student, a column per assignment with its total, and the sum. */
    static List<List<String>> classTable(List<ClassResults> assignments) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Words.get("export.student")));
        List<List<List<String>>> tables = assignments.stream().map(GradebookExport::table).toList();
        int max = 0;
        for (ClassResults a : assignments) {
            int m = a.questions().stream().mapToInt(q -> Grading.maxPoints(q.question(), a.lesson())).sum();
            max += m;
            header.add(Words.get("export.assignment", a.lesson().plan().title(), String.valueOf(a.assignment().id()), String.valueOf(m)));
        }
        header.add(Words.get("export.total", String.valueOf(max)));
        rows.add(header);
        if (assignments.isEmpty()) {
            return rows;
        }
        for (int r = 0; r < assignments.get(0).students().size(); r++) {
            List<String> row = new ArrayList<>(List.of(assignments.get(0).students().get(r).displayName()));
            int sum = 0;
            for (List<List<String>> t : tables) {
                String total = t.get(r + 1).get(t.get(r + 1).size() - 1);
                row.add(total);
                sum += Integer.parseInt(total);
            }
            row.add(String.valueOf(sum));
            rows.add(row);
        }
        return rows;
    }

    /** A question's column title: its activity and prompt, as the teacher saw it, never its internal key. */
    static String title(AssignedQuestion q) {
        return q.title();
    }

    public static byte[] classCsv(List<ClassResults> assignments) {
        return csv(classTable(assignments));
    }

    public static byte[] classXlsx(List<ClassResults> assignments) {
        return xlsx(classTable(assignments));
    }

    public static byte[] csv(ClassResults results) {
        return csv(table(results));
    }

    public static byte[] xlsx(ClassResults results) {
        return xlsx(table(results));
    }

    private static final Pattern FORMULA = Pattern.compile("(?:^|[\\r\\n])[=+\\-@\\t\\r]");

    /** UTF-8 with a byte-order mark, so spreadsheet programs read names such as Ő and Ж correctly. */
    static byte[] csv(List<List<String>> table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : table) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add("\"" + guard(cell).replace("\"", "\"\"") + "\"");
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell a spreadsheet program could take for a formula (OWASP's CSV injection): one starting with =, +, -, @,
     * a tab or a carriage return, or with a line inside it that starts with one of them (a written answer has
     * several lines), is prefixed with an apostrophe, which the program shows as text.
     */
    static String guard(String cell) {
        return FORMULA.matcher(cell).find() ? "'" + cell : cell;
    }

    private static byte[] xlsx(List<List<String>> table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Words.get("export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    String v = cells.get(c);
                    if (r > 0 && c > 0 && v.matches("\\d+")) {
                        cell.setCellValue(Integer.parseInt(v));
                    } else {
                        cell.setCellValue(v);
                    }
                    if (r == 0 || c == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            for (int c = 0; c < table.get(0).size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 24 * 256 : 14 * 256);
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
