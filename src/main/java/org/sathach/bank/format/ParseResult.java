package org.sathach.bank.format;

import java.util.List;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/** What a parser read: the questions it understood and every problem, each with its line. */
public record ParseResult(List<QuestionData> questions, List<Problem> problems) {
  public ParseResult {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
