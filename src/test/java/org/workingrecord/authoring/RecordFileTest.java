package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.workingrecord.source.RecordFormatException;

/** A record's file as a teacher uploads it: what is read, and each bad file refused with what to do. */
class RecordFileTest {

    @Test
    void textFilesAreReadAsTheyCameWithoutTheByteOrderMark() throws RecordFormatException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Present: Novak.\r\nNovak: Yes.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        assertThat(RecordFile.read("council.TXT", both)).isEqualTo("Present: Novak.\r\nNovak: Yes.\r\n");
        assertThat(RecordFile.read("council.md", text)).startsWith("Present:");
    }

    @Test
    void aWordFileGivesItsParagraphsAndTablesWithUnderliningMarked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Present: Novak, Smith.");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Novak: We need ");
            XWPFRun under = p.createRun();
            under.setText("more money");
            under.setUnderline(UnderlinePatterns.SINGLE);
            p.createRun().setText(" for the bus.");
            var table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Smith: No.");
            table.getRow(0).getCell(1).setText("Novak: Yes.");
            doc.write(out);
        }
        assertThat(RecordFile.read("minutes.docx", out.toByteArray()))
                .isEqualTo("Present: Novak, Smith.\nNovak: We need <u>more money</u> for the bus.\nSmith: No.\tNovak: Yes.");
    }

    @Test
    void badFilesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> RecordFile.read("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> RecordFile.read("empty.txt", new byte[0])).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> RecordFile.read("blank.txt", "  \n \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> RecordFile.read("huge.txt", new byte[50 * 1024 * 1024]))
                .hasMessageContaining("The record is 52428 KB; the limit is 1000 KB");
        assertThatThrownBy(() -> RecordFile.read("minutes.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Upload the record as a .txt, .md or .docx file (this one is 'minutes.pdf')");
        assertThatThrownBy(() -> RecordFile.read("fake.docx", "not a zip at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("is not a Word (.docx) file that can be read");
        assertThatThrownBy(() -> RecordFile.pasted("   ")).hasMessageContaining("Nothing was pasted");
        assertThatThrownBy(() -> RecordFile.pasted(null)).hasMessageContaining("Nothing was pasted");
    }

    @Test
    void aWordFileThatUnpacksToFarMoreThanARecordIsNotOpened() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 60; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        assertThat(zip.size()).as("small enough to upload").isLessThan(RecordFile.MAX_BYTES);
        assertThatThrownBy(() -> RecordFile.read("bomb.docx", zip.toByteArray()))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("unpacks to far more than a record holds");
    }
}
