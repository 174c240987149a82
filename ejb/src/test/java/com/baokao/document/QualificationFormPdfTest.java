package com.baokao.document;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualificationFormPdfTest {

    @Test
    void printsTheCandidateTheScoresAndTheCodeOnOnePage() throws Exception {
        QualificationFormData data = new QualificationFormData("2026年心理咨询师统一鉴定", "XL26", "XL26-00000042",
                "XL26-500100-00000007", "张𠀀三", "男", "1980-01-01", "居民身份证", "11010519800101001X", "13900000000",
                "重庆市", "第一考点（测试路 2 号）", "三级", "", "从事本职业工作 6 年以上",
                List.of(new QualificationFormData.SubjectLine("T", "理论知识", "2026-05-20", "75.5", "60", "合格")),
                "ABCD-EFGH-JK12", "2026-06-01 10:00");
        byte[] pdf = QualificationFormPdf.render(data);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replace(" ", "");
            assertThat(text).contains("考后资质审核表", "张𠀀三", "XL26-500100-00000007", "11010519800101001X", "理论知识",
                    "75.5", "ABCD-EFGH-JK12");
        }
    }
}
