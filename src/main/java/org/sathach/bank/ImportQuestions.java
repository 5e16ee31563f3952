package org.sathach.bank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.sathach.bank.format.ExcelFormat;
import org.sathach.bank.format.QuestionFormat;
import org.sathach.platform.Messages;

/**
 * The two-step import: upload a file and see every question and every problem with its line, then
 * confirm. Nothing is saved until confirmation, and nothing at all if there is a problem.
 */
@Named
@ViewScoped
public class ImportQuestions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient BankTransfer transfer;
  @Inject transient Topics topics;
  @Inject transient SecurityContext security;

  private String format = "shq";
  private Long topicId;
  private transient UploadedFile file;
  private ImportPreview preview;
  private boolean skipDuplicates = true;
  private boolean asApproved;
  private ImportReport report;

  public void upload() throws IOException {
    report = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("import.noFile");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      preview = transfer.preview(format, file.getFileName(), in.readAllBytes(), topicId);
    }
  }

  public void confirm() {
    if (preview == null) {
      return;
    }
    try {
      report = transfer.importAll(preview, skipDuplicates, asApproved);
      Messages.info("import.done", report.imported(), report.skippedDuplicates());
      preview = null;
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** The Excel template: the columns, a sheet explaining them, and three examples. */
  public StreamedContent getTemplate() {
    return DefaultStreamedContent.builder()
        .name("mau-ngan-hang-cau-hoi.xlsx")
        .contentType(new ExcelFormat().contentType())
        .stream(
            () -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try {
                new ExcelFormat().writeTemplate(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return new ByteArrayInputStream(out.toByteArray());
            })
        .build();
  }

  public void cancel() {
    preview = null;
  }

  public String problemText(Problem p) {
    return Messages.text(p.key(), p.line(), p.detail());
  }

  public boolean isDuplicate(int index) {
    return preview != null && preview.duplicates().contains(index);
  }

  public boolean isAdmin() {
    return security.isCallerInRole("ADMIN");
  }

  public List<QuestionFormat> getFormats() {
    return Formats.all();
  }

  public List<Topic> getTopics() {
    return topics.all();
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public boolean isSkipDuplicates() {
    return skipDuplicates;
  }

  public void setSkipDuplicates(boolean skipDuplicates) {
    this.skipDuplicates = skipDuplicates;
  }

  public boolean isAsApproved() {
    return asApproved;
  }

  public void setAsApproved(boolean asApproved) {
    this.asApproved = asApproved;
  }

  public ImportReport getReport() {
    return report;
  }
}
