package org.workingrecord.worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.workingrecord.shell.Words;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

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
    static final String TICKED = "\u2612";

    final XWPFDocument doc = new XWPFDocument();
    private final int textWidth;

    private final PaperSize paper;
    private final String footerTitle;
    /** Parts ended so far ({@link #endPart}); when there are several, each counts its own pages. */
    private int parts;
    private boolean bodyDecorated;

    Docx(PaperSize paper, String footerTitle) {
        this.paper = paper;
        this.footerTitle = footerTitle;
        this.textWidth = paper.widthTwips - 2 * 1134;
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        pageSetup(section);
        headingStyles();
    }

    /**
     * Real heading styles ("heading 1", "heading 2", with outline levels), so Word's navigation
     * pane, a PDF's bookmarks and screen readers see the document's structure; the look stays in
     * the runs.
     */
    private void headingStyles() {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            var style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            var ppr = style.addNewPPr();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            ppr.addNewKeepNext();
            style.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private void pageSetup(CTSectPr section) {
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
    }

    /**
     * Ends one part of the document (one student's copy in a class pack) as a section of its own,
     * which starts on a new page: every page of it carries {@code header} (so a dropped stack can
     * be sorted), and its pages are numbered from 1, "Page 2 of 4" counting this part's pages only.
     * The last part ends the document.
     */
    void endPart(String header, boolean last) {
        parts++;
        CTSectPr section;
        if (last) {
            section = doc.getDocument().getBody().getSectPr();
            bodyDecorated = true;
        } else {
            XWPFParagraph end = doc.createParagraph();
            CTPPr ppr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
            section = ppr.addNewSectPr();
            pageSetup(section);
        }
        decorate(section, header, parts > 1 || !last);
    }

    /** The running header and the footer with the page numbers. */
    private void decorate(CTSectPr section, String header, boolean ownCount) {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, section);
        if (header != null && !header.isEmpty()) {
            XWPFParagraph h = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
            h.setAlignment(ParagraphAlignment.RIGHT);
            run(h, header, 9, false);
        }
        XWPFParagraph p = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, footerTitle + "  ·  " + Words.get("doc.footer.page") + " ", 9, false);
        field(p, "PAGE");
        if (ownCount) {
            // Word knows SECTIONPAGES, LibreOffice (7.4) prints nothing for it: each part is numbered from 1
            // and ends with a line saying so, rather than "Page 2 of" with the count missing
            (section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType()).setStart(BigInteger.ONE);
        } else {
            run(p, " " + Words.get("doc.footer.of") + " ", 9, false);
            field(p, "NUMPAGES");
        }
    }

    /** A field in the footer's own small type (a bare field takes the document's default size). */
    private static void field(XWPFParagraph p, String instruction) {
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        var r = field.addNewR();
        var pr = r.addNewRPr();
        pr.addNewSz().setVal(BigInteger.valueOf(18));
        pr.addNewSzCs().setVal(BigInteger.valueOf(18));
        pr.addNewRFonts().setAscii(TEXT_FONT);
        r.addNewT().setStringValue("1");
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

    /** A heading: the lesson's title (18 or 16 pt) is "heading 1", its parts "heading 2". */
    XWPFParagraph heading(String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(size >= 16 ? "Heading1" : "Heading2");
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

    /** A kept paragraph with a plain part and a bold part ("Your answer: Zhukov" and its mark). */
    XWPFParagraph keptParagraph(String plain, String bold) {
        XWPFParagraph p = keptParagraph(plain, false);
        run(p, bold, 11, true);
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

    /**
     * Ends a run of paragraphs kept together (a question and its answer space): the last one no
     * longer keeps with what follows, so a chain of kept paragraphs never grows longer than a page
     * and LibreOffice never pushes a whole part onto the next page.
     */
    void endKeep() {
        var body = doc.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFParagraph last && last.getCTP().isSetPPr()) {
            CTPPr ppr = last.getCTP().getPPr();
            if (ppr.isSetKeepNext()) {
                ppr.unsetKeepNext();
            }
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

    /** The colour of ruled answer lines: a mid grey that prints on any printer and stays out of the way of handwriting. */
    static final String RULE_COLOUR = "808080";
    /** The height of one handwriting line: 9 mm, as on school exercise paper. */
    static final int RULE_TWIPS = 510;

    /**
     * Ruled lines to write on, as the rows of a table with only horizontal borders: Word and
     * LibreOffice both merge the identical bottom borders of consecutive paragraphs into one, so
     * bordered empty paragraphs print a single line under a large blank space. Rows never merge.
     */
    void ruledLines(int count) {
        XWPFTable table = doc.createTable(count, 1);
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, RULE_COLOUR);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, RULE_COLOUR);
        for (int i = 0; i < count; i++) {
            XWPFTableRow row = table.getRow(i);
            row.setHeight(RULE_TWIPS);
            row.setHeightRule(TableRowHeightRule.EXACT);
            row.setCantSplitRow(true);
            XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
            if (i < count - 1) {
                // the lines stay together, and with their question, where a page has room for them
                keepNext(p);
            }
            run(p, "", 11, false);
        }
        doc.createParagraph().setSpacingAfter(60);
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

    /** Room to write by hand: every row but the header at least this high. */
    void rowHeights(XWPFTable table, int twips) {
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            table.getRow(r).setHeight(twips);
            table.getRow(r).setHeightRule(TableRowHeightRule.AT_LEAST);
        }
    }

    /** Column widths as fractions of the text width; LibreOffice and Word both honour a fixed grid. */
    void widths(XWPFTable table, double... fractions) {
        var tbl = table.getCTTbl();
        var pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
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
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(Math.round(textWidth * fractions[c])));
            }
        }
    }

    void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    byte[] bytes() {
        if (!bodyDecorated) {
            decorate(doc.getDocument().getBody().getSectPr(), null, false);
            bodyDecorated = true;
        }
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
