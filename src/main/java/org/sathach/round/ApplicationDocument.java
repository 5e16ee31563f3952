package org.sathach.round;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sathach.platform.UtcInstantConverter;

/**
 * A document of an application (a degree, a certificate, a rating decision): its bytes are kept in
 * the database, checked to be what their type says, and only their owner and the committee read
 * them back.
 */
@Entity
@Table(name = "application_document")
@NamedQuery(
    name = ApplicationDocument.OF_APPLICATION,
    query = "SELECT d FROM ApplicationDocument d WHERE d.application = :application ORDER BY d.id")
public class ApplicationDocument {
  static final String OF_APPLICATION = "ApplicationDocument.ofApplication";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ApplicationDocument() {}

  ApplicationDocument(
      Application application, CheckedDocument document, String uploadedBy, Instant uploadedAt) {
    this.application = application;
    this.fileName = document.fileName();
    this.contentType = document.contentType();
    this.sizeBytes = document.content().length;
    this.sha256 = document.sha256();
    this.content = document.content();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  byte[] content() {
    return content;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
