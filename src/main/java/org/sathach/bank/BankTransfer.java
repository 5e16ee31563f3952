package org.sathach.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.format.ParseResult;
import org.sathach.bank.format.QuestionFormat;
import org.sathach.identity.Role;
import org.sathach.identity.Users;
import org.sathach.platform.Callers;

/**
 * Import and export of the bank. Import is two steps, a {@link #preview} and a confirmed {@link
 * #importAll}, and all-or-nothing: one bad question and nothing is imported. Export writes a topic
 * subtree and reports what the format cannot express.
 */
@ApplicationScoped
@Transactional
public class BankTransfer {
  @PersistenceContext private EntityManager em;
  @Inject private Topics topics;
  @Inject private Questions questions;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;
  @Inject private Users users;

  @Inject
  @ConfigProperty(name = "sathach.import.max-bytes", defaultValue = "20000000")
  long maxBytes;

  /** Reads a file in the named format and reports problems and duplicates; changes nothing. */
  public ImportPreview preview(String formatName, String fileName, byte[] bytes) {
    return preview(formatName, fileName, bytes, null);
  }

  /**
   * As {@link #preview(String, String, byte[])}, placing questions from other systems under a
   * target topic: a question whose category does not start at one of the bank's two roots (a Moodle
   * category, or none at all in Aiken) goes under {@code targetTopicId}, its own category path kept
   * below it. Without a target such a question is a problem with its line.
   */
  public ImportPreview preview(
      String formatName, String fileName, byte[] bytes, Long targetTopicId) {
    if (bytes.length > maxBytes) {
      return new ImportPreview(
          fileName,
          List.of(),
          List.of(Problem.at(0, "format.tooLarge", bytes.length + " > " + maxBytes + " bytes")),
          Set.of());
    }
    ParseResult parsed;
    try {
      parsed = Formats.named(formatName).parse(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return new ImportPreview(
          fileName,
          List.of(),
          List.of(Problem.at(0, "format.malformed", e.getMessage())),
          Set.of());
    }
    List<String> target =
        targetTopicId == null ? null : topics.pathNames(topics.find(targetTopicId));
    List<Problem> problems = new ArrayList<>();
    for (Problem p : parsed.problems()) {
      boolean topicProblem = p.key().equals("format.noTopic") || p.key().equals("format.badTopic");
      if (target == null || !topicProblem) {
        problems.add(p);
      }
    }
    List<QuestionData> placed = new ArrayList<>();
    Set<String> roots = topics.rootNames();
    for (QuestionData q : parsed.questions()) {
      if (isUnderARoot(roots, q.topicPath())) {
        placed.add(q);
      } else if (target != null) {
        List<String> path = new ArrayList<>(target);
        q.topicPath().stream().filter(part -> !part.isBlank()).forEach(path::add);
        placed.add(q.toBuilder().topicPath(path).build());
      } else {
        placed.add(q);
        problems.add(Problem.at(q.line(), "import.needsTopic", String.join(" > ", q.topicPath())));
      }
    }
    problems = problems.stream().distinct().toList();
    return new ImportPreview(fileName, placed, problems, duplicates(placed));
  }

  private static boolean isUnderARoot(Set<String> roots, List<String> path) {
    return !path.isEmpty() && roots.contains(path.get(0).strip());
  }

  /** Indexes of questions whose normalized stem already exists in their topic (bank or file). */
  public Set<Integer> duplicates(List<QuestionData> list) {
    List<String> hashes =
        list.stream().map(q -> StemText.hash(StemText.normalize(q.stem()))).toList();
    Map<String, Set<List<String>>> inBank = topicsOfStems(new HashSet<>(hashes));
    Set<Integer> out = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      List<String> path = list.get(i).topicPath();
      String hash = hashes.get(i);
      boolean inFile = !seen.add(String.join(" > ", path) + "#" + hash);
      if (inFile || inBank.getOrDefault(hash, Set.of()).contains(path)) {
        out.add(i);
      }
    }
    return out;
  }

  /** For each stem hash, the topic paths of the latest versions that have it: few queries. */
  private Map<String, Set<List<String>>> topicsOfStems(Set<String> hashes) {
    Map<String, Set<List<String>>> found = new HashMap<>();
    List<String> all = List.copyOf(hashes);
    for (int from = 0; from < all.size(); from += 500) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT v.stemHash, v.topic FROM QuestionVersion v"
                      + " WHERE v.latest = TRUE AND v.stemHash IN :hashes",
                  Object[].class)
              .setParameter("hashes", all.subList(from, Math.min(all.size(), from + 500)))
              .getResultList();
      for (Object[] row : rows) {
        found
            .computeIfAbsent((String) row[0], h -> new HashSet<>())
            .add(topics.pathNames((Topic) row[1]));
      }
    }
    return found;
  }

  /**
   * Imports a previewed file in one transaction. Without problems only; duplicates are skipped on
   * request. {@code asApproved} (the initial load of a bank) is for administrators.
   */
  @Transactional
  public ImportReport importAll(ImportPreview preview, boolean skipDuplicates, boolean asApproved) {
    if (!preview.importable()) {
      throw new BankProblem("bank.importHasProblems", preview.problems().size());
    }
    if (asApproved && !initialLoadAllowed()) {
      throw new BankProblem("bank.approvedImportForAdmins");
    }
    int imported = 0;
    int skipped = 0;
    for (int i = 0; i < preview.questions().size(); i++) {
      if (skipDuplicates && preview.duplicates().contains(i)) {
        skipped++;
        continue;
      }
      QuestionVersion v = questions.createQuietly(preview.questions().get(i));
      if (asApproved) {
        v.approveOnImport(questions.actor(), clock.instant());
      }
      imported++;
    }
    audit.record(
        "BANK_IMPORTED",
        "file:" + preview.fileName(),
        imported
            + " imported, "
            + skipped
            + " duplicates skipped"
            + (asApproved ? ", approved" : ""),
        null);
    return new ImportReport(imported, skipped, asApproved);
  }

  /** The system itself (sample banks at start-up) and administrators may import as approved. */
  /**
   * The container itself (the sample banks at start-up) or an administrator. The administrator is
   * looked up in the user table rather than through the container's role check, which answered "no"
   * for some REST callers.
   */
  private boolean initialLoadAllowed() {
    return Callers.isSystem(security)
        || users.find(Callers.name(security)).map(u -> u.hasRole(Role.ADMIN)).orElse(false);
  }

  /** Writes the latest version of every question in a topic subtree; returns what was lost. */
  @Transactional
  public List<Problem> export(String formatName, long topicId, OutputStream out)
      throws IOException {
    List<QuestionData> data = new ArrayList<>();
    BankFilter filter = new BankFilter(topicId, null, null, null, null, null, "id", true);
    for (QuestionVersion v : questions.page(filter, 0, Integer.MAX_VALUE)) {
      // Numbered by position, so that a report of what was lost can say which question.
      data.add(questions.data(v).toBuilder().line(data.size() + 1).build());
    }
    QuestionFormat format = Formats.named(formatName);
    List<Problem> lost = format.write(data, out);
    audit.record(
        "BANK_EXPORTED",
        "topic:" + topicId,
        data.size() + " questions as " + format.name() + ", " + lost.size() + " not expressible",
        null);
    return lost;
  }
}
