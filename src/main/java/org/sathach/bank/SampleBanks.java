package org.sathach.bank;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sathach.platform.Settings;

/**
 * Loads the sample banks shipped in {@code question-bank/} (packed into the WAR) as approved
 * questions at the first start in demo mode, when the bank is still empty. Each file goes through
 * the same all-or-nothing import as an upload.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleBanks {
  private static final Logger LOG = Logger.getLogger(SampleBanks.class.getName());
  static final String FOLDER = "question-bank";

  @Inject Settings settings;
  @Inject BankTransfer transfer;
  @Inject Questions questions;

  @PostConstruct
  void load() {
    if (!settings.demoMode() || questions.count(BankFilter.all()) > 0) {
      return;
    }
    for (Path file : files()) {
      try (InputStream in = Files.newInputStream(file)) {
        ImportPreview preview =
            transfer.preview("shq", file.getFileName().toString(), in.readAllBytes());
        if (!preview.importable()) {
          LOG.severe(
              () -> "Sample bank " + file.getFileName() + " not loaded: " + preview.problems());
          continue;
        }
        ImportReport report = transfer.importAll(preview, true, true);
        LOG.info(
            () -> "Sample bank " + file.getFileName() + ": " + report.imported() + " questions");
      } catch (IOException e) {
        LOG.severe(() -> "Sample bank " + file + " unreadable: " + e);
      }
    }
  }

  private List<Path> files() {
    URL folder = getClass().getClassLoader().getResource(FOLDER);
    if (folder == null) {
      return List.of();
    }
    try {
      Path path;
      if ("jar".equals(folder.getProtocol())) {
        FileSystem zip = FileSystems.newFileSystem(folder.toURI(), Map.of());
        path = zip.getPath(FOLDER);
      } else {
        path = Path.of(folder.toURI());
      }
      try (Stream<Path> list = Files.list(path)) {
        return list.filter(p -> p.toString().endsWith(".shq")).sorted().toList();
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.severe(() -> "Cannot list the sample banks: " + e);
      return List.of();
    }
  }
}
