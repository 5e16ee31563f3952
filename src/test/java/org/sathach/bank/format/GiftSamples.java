package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.List;
import org.sathach.bank.Difficulty;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Questions of every type GIFT can express, with the awkward content a writer must escape, for the
 * round-trip tests.
 */
final class GiftSamples {
  private static final List<String> HCM = List.of("Lý luận chính trị", "Tư tưởng Hồ Chí Minh");
  private static final List<String> FINANCE = List.of("Chuyên môn nghiệp vụ", "Thu/chi");

  private GiftSamples() {}

  static List<QuestionData> everyExpressibleType() {
    return List.of(
        singleChoice(),
        multipleResponse(),
        trueFalse(),
        shortAnswer(),
        missingWord(),
        matching(),
        essay(),
        withoutTopic());
  }

  static QuestionData singleChoice() {
    return QuestionData.builder()
        .externalId("HCM:01")
        .topicPath(HCM)
        .type(QuestionType.SINGLE_CHOICE)
        .difficulty(Difficulty.VAN_DUNG)
        .points(new BigDecimal("2"))
        .tags(List.of("đạo đức", "Bác Hồ"))
        .stem("Dấu ~ = # { } : và \\ cùng &lt;b&gt; &amp; \"nháy\"<br>trên hai dòng?")
        .explanation("Giải thích có {ngoặc}")
        .choice("%50% là một nửa", false)
        .choice("[x] trong ngoặc vuông", true)
        .choice("a -&gt; b", false)
        .build();
  }

  static QuestionData multipleResponse() {
    return QuestionData.builder()
        .topicPath(HCM)
        .type(QuestionType.MULTIPLE_RESPONSE)
        .difficulty(Difficulty.THONG_HIEU)
        .stem("<p>Những đức tính nào là <b>cần, kiệm, liêm, chính</b>?</p>")
        .choice("<p>Cần</p>", true)
        .choice("<p>Kiệm</p>", true)
        .choice("<p>Liêm</p>", true)
        .choice("<p>Xa hoa</p>", false)
        .explanation("<p>Theo <i>Cần, kiệm, liêm, chính</i> (1949).</p>")
        .build();
  }

  static QuestionData trueFalse() {
    return QuestionData.builder()
        .topicPath(HCM)
        .type(QuestionType.TRUE_FALSE)
        .difficulty(Difficulty.NHAN_BIET)
        .stem("Tuyên ngôn Độc lập được đọc ngày 19/8/1945.")
        .trueFalseAnswer(false)
        .explanation("Ngày 2/9/1945, tại Quảng trường Ba Đình.")
        .build();
  }

  static QuestionData shortAnswer() {
    return QuestionData.builder()
        .externalId("TC-01")
        .topicPath(FINANCE)
        .type(QuestionType.SHORT_ANSWER)
        .difficulty(Difficulty.VAN_DUNG_CAO)
        .points(new BigDecimal("0.5"))
        .stem("Luật Ngân sách nhà nước hiện hành ban hành năm nào?")
        .accept("2015")
        .accept("năm 2015")
        .accept("%5% = a#b")
        .build();
  }

  static QuestionData missingWord() {
    return QuestionData.builder()
        .topicPath(FINANCE)
        .type(QuestionType.SHORT_ANSWER)
        .difficulty(Difficulty.NHAN_BIET)
        .stem("Năm ngân sách bắt đầu từ ngày _____ dương lịch.")
        .accept("1/1")
        .build();
  }

  static QuestionData matching() {
    return QuestionData.builder()
        .topicPath(FINANCE)
        .type(QuestionType.MATCHING)
        .difficulty(Difficulty.THONG_HIEU)
        .tags(List.of("ngân sách"))
        .stem("Nối khái niệm với nội dung:")
        .pair("<b>Thu</b> ngân sách", "Tiền Nhà nước huy động")
        .pair("<b>Chi</b> ngân sách", "Tiền Nhà nước chi ra: 100%")
        .build();
  }

  static QuestionData essay() {
    return QuestionData.builder()
        .topicPath(FINANCE)
        .type(QuestionType.ESSAY)
        .difficulty(Difficulty.VAN_DUNG_CAO)
        .points(new BigDecimal("5"))
        .stem("Nêu ý kiến về công khai ngân sách cấp xã.")
        .explanation("Có thể nêu Điều 15 Luật Ngân sách nhà nước.")
        .criterion(new BigDecimal("5"), "Overall")
        .build();
  }

  static QuestionData withoutTopic() {
    return QuestionData.builder()
        .type(QuestionType.SINGLE_CHOICE)
        .difficulty(Difficulty.NHAN_BIET)
        .stem("// không phải chú thích")
        .choice("có", true)
        .choice("không", false)
        .build();
  }

  /** An ordering question, which GIFT has no syntax for; at line 12 of its file. */
  static QuestionData ordering() {
    return QuestionData.builder()
        .type(QuestionType.ORDERING)
        .difficulty(Difficulty.NHAN_BIET)
        .stem("Sắp xếp các bước tiếp công dân")
        .orderItem("Xác định nhân thân")
        .orderItem("Nghe, ghi chép nội dung")
        .line(12)
        .build();
  }

  /** An essay with a real rubric and marking guide, which GIFT cannot hold; at line 3. */
  static QuestionData essayWithRubric() {
    return QuestionData.builder()
        .type(QuestionType.ESSAY)
        .difficulty(Difficulty.VAN_DUNG)
        .points(new BigDecimal("10"))
        .stem("Phân tích vai trò của người đứng đầu trong phòng, chống tham nhũng.")
        .markingGuide("Chấm theo ý, không chấm theo câu chữ.")
        .criterion(new BigDecimal("4"), "Nêu đúng trách nhiệm theo luật")
        .criterion(new BigDecimal("6"), "Liên hệ thực tế địa phương")
        .line(3)
        .build();
  }
}
