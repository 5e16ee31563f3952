package org.sathach.bank;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import org.sathach.bank.format.QuestionFormat;
import org.sathach.platform.Messages;

/**
 * The bank page: the topic tree beside a lazy table of the latest versions, with filters, bulk
 * submit-for-review and retire, and export of the selected subtree.
 */
@Named
@ViewScoped
public class BrowseBank implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Questions questions;
  @Inject transient Topics topics;
  @Inject transient BankTransfer transfer;

  private TreeNode<Topic> root;
  private TreeNode<Topic> selectedNode;
  private Long topicId;
  private QuestionType type;
  private Difficulty difficulty;
  private QuestionStatus status;
  private String tag;
  private String text;
  private List<QuestionVersion> selection = new ArrayList<>();
  private String reason;
  private String exportFormat = "shq";
  private transient byte[] exportBytes;
  private String exportName;
  private List<String> exportLost = List.of();

  private final LazyDataModel<QuestionVersion> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) questions.count(filter(Map.of()));
        }

        @Override
        public List<QuestionVersion> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return questions.page(filter(sortBy), first, size);
        }

        @Override
        public String getRowKey(QuestionVersion v) {
          return String.valueOf(v.getId());
        }

        @Override
        public QuestionVersion getRowData(String key) {
          return questions.version(Long.parseLong(key));
        }
      };

  @PostConstruct
  void init() {
    root = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<Topic>> nodes = new HashMap<>();
    for (Topic t : topics.all()) {
      TreeNode<Topic> parent = t.getParent() == null ? root : nodes.get(t.getParent().getId());
      TreeNode<Topic> node = new DefaultTreeNode<>(t, parent);
      node.setExpanded(t.getParent() == null);
      nodes.put(t.getId(), node);
    }
  }

  BankFilter filter(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return new BankFilter(
        topicId,
        type,
        difficulty,
        status,
        tag,
        text,
        sort == null ? "id" : sort.getField(),
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
  }

  public void onTopicSelect(NodeSelectEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<Topic> node = (TreeNode<Topic>) event.getTreeNode();
    topicId = node.getData().getId();
  }

  public void clearTopic() {
    topicId = null;
    selectedNode = null;
  }

  public void submitSelected() {
    act(() -> questions.submit(ids()), "bank.submitted");
  }

  public void retireSelected() {
    act(() -> questions.retire(ids(), reason), "bank.retired");
  }

  private void act(Runnable action, String doneKey) {
    if (selection.isEmpty()) {
      Messages.error("bank.selectFirst");
      return;
    }
    try {
      int n = selection.size();
      action.run();
      Messages.info(doneKey, n);
      selection = new ArrayList<>();
      reason = null;
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  private List<Long> ids() {
    return selection.stream().map(QuestionVersion::getId).toList();
  }

  /**
   * Writes the selected subtree (or the theory root) in the chosen format and opens the export
   * dialog, which lists what the format could not express before the user downloads the file.
   */
  public void prepareExport() throws IOException {
    QuestionFormat format = Formats.named(exportFormat);
    long subtree = topicId == null ? Topic.THEORY_ROOT : topicId;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Problem> lost = transfer.export(exportFormat, subtree, out);
    exportBytes = out.toByteArray();
    exportName = "ngan-hang-" + subtree + "." + format.extension();
    exportLost = lost.stream().map(p -> Messages.text(p.key(), p.line(), p.detail())).toList();
    PrimeFaces.current().executeScript("PF('exportDialog').show()");
  }

  public StreamedContent getDownload() {
    byte[] bytes = exportBytes == null ? new byte[0] : exportBytes;
    return DefaultStreamedContent.builder()
        .name(exportName)
        .contentType(Formats.named(exportFormat).contentType())
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public List<String> getExportLost() {
    return exportLost;
  }

  public String getExportName() {
    return exportName;
  }

  public String topicPath(Topic topic) {
    return String.join(" > ", topics.pathNames(topic));
  }

  public List<QuestionFormat> getFormats() {
    return Formats.all();
  }

  public LazyDataModel<QuestionVersion> getModel() {
    return model;
  }

  public TreeNode<Topic> getRoot() {
    return root;
  }

  public TreeNode<Topic> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<Topic> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public Long getTopicId() {
    return topicId;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public void setStatus(QuestionStatus status) {
    this.status = status;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<QuestionVersion> getSelection() {
    return selection;
  }

  public void setSelection(List<QuestionVersion> selection) {
    this.selection = selection == null ? new ArrayList<>() : selection;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getExportFormat() {
    return exportFormat;
  }

  public void setExportFormat(String exportFormat) {
    this.exportFormat = exportFormat;
  }
}
