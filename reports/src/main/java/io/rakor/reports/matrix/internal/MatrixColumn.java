package io.rakor.reports.matrix.internal;

/**
 * The columns of the matrix sheet, in order. An imported column is read back into the commitment;
 * the others (names, health, the budget's total and its currency) only help the reader and are
 * ignored on import: the funding column holds the funding lines, one a line. The Markdown matrix
 * shows the columns a person reads ({@link #inMarkdown()}).
 */
public enum MatrixColumn {
  NUMBER("number", Kind.INTEGER, 6, false, true),
  ID("id", Kind.CODE, 16, true, true),
  MEETING("meeting", Kind.CODE, 16, true, false),
  AGENDA("agenda", Kind.INTEGER, 9, true, false),
  PRIORITY("priority", Kind.CODE, 14, true, false),
  PRIORITY_NAME("priorityName", Kind.TEXT, 24, false, true),
  AREA("area", Kind.CODE, 20, true, false),
  ACTION("action", Kind.TEXT, 48, true, true),
  LEAD("lead", Kind.CODE, 14, true, false),
  LEAD_NAME("leadName", Kind.TEXT, 24, false, true),
  SUPPORTERS("supporters", Kind.LINES, 16, true, false),
  SUPPORTER_NAMES("supporterNames", Kind.TEXT, 28, false, true),
  PLACES("places", Kind.LINES, 16, true, true),
  INDICATORS("indicators", Kind.TEXT, 36, false, true),
  TARGETS("targets", Kind.LINES, 32, true, false),
  MILESTONES("milestones", Kind.LINES, 44, true, true),
  START("start", Kind.DATE, 12, true, true),
  DUE("due", Kind.DATE, 12, true, true),
  BUDGET("budget", Kind.MONEY, 18, false, true),
  CURRENCY("currency", Kind.CODE, 9, false, false),
  FUNDING("funding", Kind.LINES, 48, true, true),
  STATUS("status", Kind.CHOICE, 16, true, true),
  STATUS_REASON("statusReason", Kind.TEXT, 28, true, false),
  SUCCESSOR("successor", Kind.CODE, 14, true, false),
  PARENT("parent", Kind.CODE, 14, true, false),
  WEIGHT("weight", Kind.NUMBER, 8, true, false),
  HEALTH("health", Kind.HEALTH, 16, false, true),
  REASON("reason", Kind.TEXT, 48, false, true),
  PROGRESS("progress", Kind.PERCENT, 12, false, true);

  private final String key;
  private final Kind kind;
  private final int width;
  private final boolean imported;
  private final boolean inMarkdown;

  MatrixColumn(String key, Kind kind, int width, boolean imported, boolean inMarkdown) {
    this.key = key;
    this.kind = kind;
    this.width = width;
    this.imported = imported;
    this.inMarkdown = inMarkdown;
  }

  /** The bundle key of the column's header: {@code column.<key>}. */
  public String headerKey() {
    return "column." + key;
  }

  /** What the column holds. */
  public Kind kind() {
    return kind;
  }

  /** The column's width, in characters. */
  public int width() {
    return width;
  }

  /** Whether an import reads the column. */
  public boolean imported() {
    return imported;
  }

  /** Whether the Markdown matrix shows the column. */
  public boolean inMarkdown() {
    return inMarkdown;
  }

  /** Whether an import needs the column: the parts every commitment has. */
  public boolean required() {
    return switch (this) {
      case ID, MEETING, PRIORITY, AREA, ACTION, LEAD, PLACES, START, DUE -> true;
      default -> false;
    };
  }
}
