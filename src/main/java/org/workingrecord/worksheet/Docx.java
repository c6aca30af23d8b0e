package org.workingrecord.worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A thin layer over POI's XWPF for printable school documents: paper and margins, a footer with
 * the title and page numbers, headings, paragraphs that stay with what follows, tables, tick boxes
 * and ruled answer lines. Fonts are ones every school computer has (LibreOffice maps them to its
 * metric-compatible Liberation fonts); they cover Hungarian and Cyrillic letters.
 */
final class Docx implements AutoCloseable {

    static final String TEXT_FONT = "Arial";
    static final String SOURCE_FONT = "Times New Roman";
    static final String BOX = "\u2610";

    final XWPFDocument doc = new XWPFDocument();
    private final int textWidth;

    Docx(PaperSize paper, String footerTitle) {
        this.textWidth = paper.widthTwips - 2 * 1134;
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(paper.widthTwips));
        size.setH(BigInteger.valueOf(paper.heightTwips));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger twoCm = BigInteger.valueOf(1134);
        margins.setTop(twoCm);
        margins.setBottom(twoCm);
        margins.setLeft(twoCm);
        margins.setRight(twoCm);
        margins.setFooter(BigInteger.valueOf(567));
        margins.setHeader(BigInteger.valueOf(567));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, footerTitle + "  ·  Page ", 9, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " of ", 9, false);
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(TEXT_FONT);
        r.setFontSize(size);
        r.setBold(bold);
        setText(r, text);
        return r;
    }

    /** Text with line breaks kept. */
    static void setText(XWPFRun r, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    XWPFParagraph heading(String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(size >= 16 ? 120 : 240);
        p.setSpacingAfter(80);
        keepNext(p);
        run(p, text, size, true);
        return p;
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        run(p, text, 11, false);
        return p;
    }

    /** A paragraph that must not be separated from the next one (a question and its answer space). */
    XWPFParagraph keptParagraph(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(60);
        keepNext(p);
        run(p, text, 11, bold);
        return p;
    }

    static void keepNext(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
        if (!ppr.isSetKeepLines()) {
            ppr.addNewKeepLines();
        }
    }

    /** Tick-box choices, one per line. */
    void boxes(List<String> options, boolean keepTogether) {
        for (int i = 0; i < options.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            p.setSpacingAfter(20);
            if (keepTogether && i < options.size() - 1) {
                keepNext(p);
            }
            run(p, BOX + "  " + options.get(i), 11, false);
        }
    }

    /** Ruled lines to write on. */
    void ruledLines(int count) {
        for (int i = 0; i < count; i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setBorderBottom(Borders.SINGLE);
            p.setSpacingBefore(240);
            if (i < count - 1) {
                keepNext(p);
            }
            run(p, " ", 11, false);
        }
    }

    XWPFTable table(List<List<String>> rows, boolean headerRow) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0 && headerRow) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                run(p, rows.get(r).get(c), 10, r == 0 && headerRow);
            }
        }
        doc.createParagraph().setSpacingAfter(60);
        return table;
    }

    /** Column widths as fractions of the text width; LibreOffice and Word both honour a fixed grid. */
    void widths(XWPFTable table, double... fractions) {
        var tbl = table.getCTTbl();
        var pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double f : fractions) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(textWidth * f)));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < fractions.length; c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                w.setW(BigInteger.valueOf(Math.round(textWidth * fractions[c])));
            }
        }
    }

    void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
