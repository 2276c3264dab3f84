package io.rakor.core;

/**
 * The stable codes of the rules a {@link Violation} can name, so that a program can tell rules
 * apart without reading their English text, and write them in another language ({@code
 * rakor-reports} does, in Indonesian and English). A code never changes once published; a rule
 * whose wording changes keeps its code. Each constant says what the rule's {@link
 * Violation#arguments() arguments} are, in order.
 *
 * <p>The codes of the rules every value shares ({@link #TEXT_BLANK}, {@link #DATE_YEARS}, ...) are
 * given by {@link io.rakor.core.values.Checker}; the codes of a type's own rules start with the
 * type's name ({@code commitment.}, {@code milestone.}).
 *
 * @since 0.1
 */
public final class RuleCodes {
  // ------------------------------------------------------------------ shared rules

  /** A value or element is null. No arguments. */
  public static final String NULL = "null";

  /** A required field is not set. No arguments. */
  public static final String REQUIRED = "required";

  /** A text is longer than its limit. Arguments: the limit, the text's length. */
  public static final String TEXT_TOO_LONG = "text.tooLong";

  /** A text holds an unpaired surrogate. Arguments: the code point, its index. */
  public static final String TEXT_SURROGATE = "text.surrogate";

  /**
   * A text holds a bidirectional override or isolate control. Arguments: the character (code point
   * and name), its index.
   */
  public static final String TEXT_BIDI = "text.bidi";

  /**
   * A text holds a control character. Arguments: the character (code point and name), its index.
   */
  public static final String TEXT_CONTROL = "text.control";

  /**
   * A name or title (a single line) holds a line break or tab. Arguments: the character (code point
   * and name), its index.
   */
  public static final String TEXT_LINE_BREAK = "text.lineBreak";

  /** A text is empty or has no visible character. No arguments. */
  public static final String TEXT_BLANK = "text.blank";

  /**
   * A value's texts together are longer than {@code Limits.RECORD_TEXT_LENGTH}. Arguments: the
   * limit, the characters reached.
   */
  public static final String RECORD_TEXT_LENGTH = "record.textLength";

  /**
   * A value's lists together hold more elements than {@code Limits.RECORD_ELEMENTS}. Arguments: the
   * limit, the elements reached.
   */
  public static final String RECORD_ELEMENTS = "record.elements";

  /** A list holds more elements than its limit. Arguments: the limit. */
  public static final String LIST_TOO_LONG = "list.tooLong";

  /** A list repeats an element or key. Arguments: the repeated key. */
  public static final String DISTINCT = "distinct";

  /** A number is NaN or infinite. No arguments. */
  public static final String NUMBER_FINITE = "number.finite";

  /**
   * A measure is neither zero nor of a magnitude within the limits. Arguments: the least and the
   * greatest magnitude.
   */
  public static final String NUMBER_MAGNITUDE = "number.magnitude";

  /** A date is outside the years allowed. Arguments: the first and the last year. */
  public static final String DATE_YEARS = "date.years";

  /** A date is before another one. Arguments: the other field's name, the other date. */
  public static final String DATE_NOT_BEFORE = "date.notBefore";

  /**
   * An identifier is not of the form identifiers take (segments of letters, digits, {@code .},
   * {@code _} and {@code -}, separated by {@code /}). Arguments: the longest identifier allowed.
   */
  public static final String ID_FORM = "id.form";

  /** A jurisdiction code is not a Kemendagri code in its canonical form. No arguments. */
  public static final String JURISDICTION_FORM = "jurisdiction.form";

  /**
   * A priority area code is not 1 to 4 dot-separated segments of lower-case letters. No arguments.
   */
  public static final String AREA_FORM = "area.form";

  // ------------------------------------------------------------------ commitments

  /**
   * A commitment's due date is before its start. Arguments: the start's field name ({@code start}),
   * the start.
   */
  public static final String COMMITMENT_DUE_BEFORE_START = "commitment.dueBeforeStart";

  /** A commitment has neither a target nor a milestone. No arguments. */
  public static final String COMMITMENT_MEASURABLE = "commitment.measurable";

  /** A commitment lists its lead unit among its supporters. Arguments: the lead unit. */
  public static final String COMMITMENT_LEAD_SUPPORTER = "commitment.leadSupporter";

  /** A commitment names no jurisdiction. No arguments. */
  public static final String COMMITMENT_SCOPE_EMPTY = "commitment.scopeEmpty";

  /** A commitment is its own parent. No arguments. */
  public static final String COMMITMENT_PARENT_SELF = "commitment.parentSelf";

  /** A commitment's weight is not above zero. No arguments. */
  public static final String COMMITMENT_WEIGHT = "commitment.weight";

  /** A commitment's agenda position is below 1. No arguments. */
  public static final String COMMITMENT_AGENDA_POSITION = "commitment.agendaPosition";

  /**
   * A commitment has a status reason but is neither cancelled nor superseded. Arguments: the
   * status.
   */
  public static final String COMMITMENT_STATUS_REASON = "commitment.statusReason";

  /** A commitment has a successor but is not superseded. Arguments: the status. */
  public static final String COMMITMENT_SUCCESSOR_STATUS = "commitment.successorStatus";

  /** A commitment is its own successor. No arguments. */
  public static final String COMMITMENT_SUCCESSOR_SELF = "commitment.successorSelf";

  /**
   * A target's date or a milestone's dates are outside the commitment's window. Arguments: the
   * commitment's start, its due date.
   */
  public static final String COMMITMENT_WINDOW = "commitment.window";

  /** A milestone's place is outside the commitment's scope. No arguments. */
  public static final String COMMITMENT_MILESTONE_PLACE = "commitment.milestonePlace";

  // ------------------------------------------------------------------ milestones

  /**
   * A milestone's due date is before its start. Arguments: the start's field name ({@code start}),
   * the start.
   */
  public static final String MILESTONE_DUE_BEFORE_START = "milestone.dueBeforeStart";

  private RuleCodes() {}
}
