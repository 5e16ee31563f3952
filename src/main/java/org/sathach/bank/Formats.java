package org.sathach.bank;

import java.util.List;
import org.sathach.bank.format.AikenFormat;
import org.sathach.bank.format.ExcelFormat;
import org.sathach.bank.format.GiftFormat;
import org.sathach.bank.format.MoodleXmlFormat;
import org.sathach.bank.format.QuestionFormat;
import org.sathach.bank.format.ShqFormat;

/** The file formats the bank reads and writes, by name. */
public final class Formats {
  private static final List<QuestionFormat> ALL =
      List.of(
          new ShqFormat(),
          new MoodleXmlFormat(),
          new GiftFormat(),
          new AikenFormat(),
          new ExcelFormat());

  private Formats() {}

  public static List<QuestionFormat> all() {
    return ALL;
  }

  public static QuestionFormat named(String name) {
    return ALL.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new BankProblem("bank.unknownFormat", name));
  }
}
