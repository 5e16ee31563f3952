package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The door list prints Vietnamese names and labels, in either language, on as many pages as it
 * needs.
 */
class SessionListPdfTest {
  private static final String BUNDLE = "org.sathach.exam.pdf";

  private static ResourceBundle labels(String language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static SessionSheet sheet(int candidates) {
    var lines = new ArrayList<SessionSheet.Line>();
    for (var i = 1; i <= candidates; i++) {
      var name = i % 2 == 0 ? "Trần Đức Quỳnh" : "Nguyễn Thị Hồng Nhung";
      var gender = i % 2 == 0 ? "Nam" : "Nữ";
      lines.add(
          new SessionSheet.Line(
              "SBD%03d".formatted(i), name, "12/03/1978", gender, "Phó Giám đốc Sở Tư pháp"));
    }
    return new SessionSheet(
        "Đợt thi tuyển lãnh đạo cấp sở năm 2026",
        "Sát hạch lý luận chính trị",
        "Ca 1 – sáng 14/11/2026",
        "Phòng 203, nhà B",
        "08:00",
        "08:00 – 09:30",
        "08:30",
        List.of("Lê Văn Hưởng", "Phạm Thị Ngọc Ánh"),
        lines);
  }

  private static String page(byte[] pdf, int page) throws IOException {
    var reader = new PdfReader(pdf);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(page);
    } finally {
      reader.close();
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    var reader = new PdfReader(pdf);
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }

  @Test
  void isAPdfThatRunsOverSeveralPagesForAFullRoom() throws IOException {
    var pdf = SessionListPdf.render(sheet(60), labels("vi"));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pages(pdf)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void vietnameseNamesSurviveTheRoundTrip() throws IOException {
    var pdf = SessionListPdf.render(sheet(60), labels("vi"));

    var first = page(pdf, 1);
    assertThat(first)
        .contains("DANH SÁCH THÍ SINH DỰ THI")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Nguyễn Thị Hồng Nhung")
        .contains("Trần Đức Quỳnh")
        .contains("SBD001")
        .contains("Số báo danh");
  }

  @Test
  void headerRowRepeatsOnTheNextPage() throws IOException {
    var pdf = SessionListPdf.render(sheet(60), labels("vi"));

    assertThat(page(pdf, 2)).contains("Số báo danh").doesNotContain("SBD001");
  }

  @Test
  void totalAndProctorsSignaturesCloseTheList() throws IOException {
    var pdf = SessionListPdf.render(sheet(60), labels("vi"));

    var last = page(pdf, pages(pdf));
    assertThat(page(pdf, pages(pdf) - 1) + last).contains("Tổng số thí sinh: 60");
    assertThat(last)
        .contains("Giám thị 1")
        .contains("Giám thị 2")
        .contains("Phạm Thị Ngọc Ánh")
        .contains("Trang " + pages(pdf));
  }

  @Test
  void englishLabelsComeFromTheEnglishBundle() throws IOException {
    var pdf = SessionListPdf.render(sheet(3), labels("en"));

    assertThat(page(pdf, 1))
        .contains("SOCIALIST REPUBLIC OF VIET NAM")
        .contains("Independence - Freedom - Happiness")
        .contains("LIST OF EXAM CANDIDATES")
        .contains("Full name")
        .contains("Signature")
        .contains("Total candidates: 3")
        .contains("Trần Đức Quỳnh")
        .doesNotContain("DANH SÁCH");
  }

  @Test
  void anEmptyRoomStillGetsAOnePageSheet() throws IOException {
    var pdf = SessionListPdf.render(sheet(0), labels("vi"));

    assertThat(pages(pdf)).isEqualTo(1);
    assertThat(page(pdf, 1))
        .contains("DANH SÁCH THÍ SINH DỰ THI")
        .contains("Số báo danh")
        .contains("Tổng số thí sinh: 0")
        .doesNotContain("SBD");
  }

  @Test
  void bothLanguagesAndTheFallbackHaveTheSameKeys() {
    var fallback = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).keySet();

    assertThat(labels("vi").keySet()).containsExactlyInAnyOrderElementsOf(labels("en").keySet());
    assertThat(fallback).containsExactlyInAnyOrderElementsOf(labels("vi").keySet());
  }
}
