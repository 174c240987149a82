package com.baokao.score;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreResultsWorkbookTest {

    @Test
    void threeSheetsWithNumbersNotText() throws Exception {
        ScoreResults.Line siteA = new ScoreResults.Line("A01", "第一考点", 2, 1, new BigDecimal("50.0"), new BigDecimal("77.50"), 0);
        ScoreResults.Line none = new ScoreResults.Line(null, null, 1, 1, new BigDecimal("100.0"), new BigDecimal("75.00"), 0);
        ScoreResults.Line total = new ScoreResults.Line(null, null, 3, 2, new BigDecimal("66.7"), new BigDecimal("76.67"), 0);
        ScoreResults.Line subject = new ScoreResults.Line("T", "理论知识", 3, 2, new BigDecimal("66.7"), new BigDecimal("73.33"), 1);
        ScoreResults.Results results = new ScoreResults.Results(1, "X1", "心理咨询师", false, Instant.EPOCH, total,
                List.of(siteA, none), List.of(subject), List.of(new ScoreResults.Distribution("T", "理论知识",
                List.of(0L, 0L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 1L))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                ScoreResultsWorkbook.write(results, Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Sheet sites = book.getSheet("按考点");
            assertThat(sites.getRow(0).getCell(0).getStringCellValue()).contains("X1", "心理咨询师", "成绩未发布");
            assertThat(sites.getRow(1).getCell(4).getStringCellValue()).isEqualTo("合格率（%）");
            Row a = sites.getRow(2);
            assertThat(a.getCell(1).getStringCellValue()).isEqualTo("第一考点");
            assertThat(a.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(a.getCell(4).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sites.getRow(3).getCell(1).getStringCellValue()).isEqualTo("未选考点");
            assertThat(sites.getRow(4).getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(sites.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(76.67);
            Sheet subjects = book.getSheet("按科目");
            assertThat(subjects.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(1);
            Sheet bands = book.getSheet("分数分布");
            assertThat(bands.getRow(1).getCell(11).getStringCellValue()).isEqualTo("90–100");
            assertThat(bands.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1);
        }
    }
}
