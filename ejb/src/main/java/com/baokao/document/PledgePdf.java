package com.baokao.document;

import static com.baokao.document.PdfCells.*;
import static com.baokao.document.PdfStyle.*;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The exam integrity pledge (《考试诚信承诺书》, seed 000) printed at a walk-in desk with the candidate's data, signed on
 * paper and kept (or scanned) by the desk. One A4 page, Chinese only (an official document); stateless and thread-safe.
 */
public final class PledgePdf {

    static final String TITLE = "考试诚信承诺书";
    static final List<String> PROMISES = List.of(
            "一、本人已认真阅读本次考试的报考须知和有关规定，自愿报名参加考试。",
            "二、本人所填写的个人信息、报考条件及提交的证明材料真实、准确、有效，本人符合本次考试的报考条件。",
            "三、本人将按规定时间、地点参加考试，遵守考场纪律，服从考试工作人员管理，不携带违规物品进入考场。",
            "四、本人不以任何形式作弊，不请他人代考，不替他人参加考试，不传播考试试题及答案。",
            "五、如有违反上述承诺的行为，本人自愿接受取消考试资格、考试成绩无效等处理，并承担相应的法律责任。");

    private PledgePdf() {
    }

    public static byte[] render(PledgeData data) {
        Objects.requireNonNull(data, "data");
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            doc.addTitle(TITLE);
            doc.addAuthor("Baokao");
            doc.addCreator("Baokao");
            doc.setDocumentLanguage("zh-CN");
            doc.open();
            Paragraph title = new Paragraph(PdfFonts.phrase(TITLE, 20, true, INK));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(18);
            doc.add(title);

            PdfPTable who = new PdfPTable(new float[] {1f, 2.2f, 1f, 2.2f});
            who.setWidthPercentage(100);
            who.addCell(label("姓名", 26));
            who.addCell(cell(PdfFonts.phrase(nz(data.candidateName()), 11, true, INK), 1, 26));
            who.addCell(label("证件号码", 26));
            who.addCell(cell(PdfFonts.phrase(nz(data.idNumber()), 11, false, INK), 1, 26));
            who.addCell(label("报考考试", 26));
            who.addCell(cell(PdfFonts.phrase(nz(data.examName()) + (blank(data.examCode()) ? "" : "（" + data.examCode() + "）"),
                    11, false, INK), 3, 26));
            who.addCell(label("报名点", 26));
            who.addCell(cell(PdfFonts.phrase(nz(data.reviewPoint()), 11, false, INK), 3, 26));
            who.setSpacingAfter(18);
            doc.add(who);

            for (String promise : PROMISES) {
                Paragraph p = new Paragraph(PdfFonts.phrase(promise, 12, false, INK));
                p.setLeading(0, 1.7f);
                p.setFirstLineIndent(0);
                p.setSpacingAfter(6);
                doc.add(p);
            }

            Paragraph sign = new Paragraph(PdfFonts.phrase("承诺人（签名）：____________________", 12, false, INK));
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(40);
            doc.add(sign);
            Paragraph date = new Paragraph(PdfFonts.phrase("日期：" + nz(data.printedOn()), 12, false, INK));
            date.setAlignment(Element.ALIGN_RIGHT);
            date.setSpacingBefore(14);
            doc.add(date);
            Paragraph note = new Paragraph(PdfFonts.phrase("本承诺书由考生本人签名后交报名点留存（可扫描存档）。", 9, false, MUTED));
            note.setSpacingBefore(40);
            doc.add(note);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the integrity pledge", e);
        }
        return out.toByteArray();
    }
}
