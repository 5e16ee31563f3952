package org.sathach.bank;

import java.util.List;
import java.util.Set;

/**
 * The first step of an import: every question parsed, every problem with its line, and which
 * questions duplicate one already in the bank or earlier in the file (by index into {@code
 * questions}). An import with any problem imports nothing.
 */
public record ImportPreview(
    String fileName,
    List<QuestionData> questions,
    List<Problem> problems,
    Set<Integer> duplicates) {
  public ImportPreview {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
    duplicates = Set.copyOf(duplicates);
  }

  public boolean importable() {
    return problems.isEmpty() && !questions.isEmpty();
  }
}
