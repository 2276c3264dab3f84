package io.rakor.core.workflow;

import java.util.Objects;

/**
 * A {@link Policy}'s answer: the action is permitted, or denied under a named rule.
 *
 * @since 0.1
 */
public sealed interface PolicyDecision {
  /**
   * The one permit.
   *
   * @return a permit
   */
  static PolicyDecision permit() {
    return Permit.INSTANCE;
  }

  /**
   * A denial.
   *
   * @param rule the rule that denies, a short stable name such as {@code "role-may-not-act"}
   * @param explanation why, in words
   * @return the denial
   */
  static PolicyDecision deny(String rule, String explanation) {
    return new Deny(rule, explanation);
  }

  /**
   * Whether the action is permitted.
   *
   * @return true for a permit
   */
  boolean permitted();

  /** The action is permitted. Immutable and thread-safe. */
  enum Permit implements PolicyDecision {
    /** The one permit. */
    INSTANCE;

    @Override
    public boolean permitted() {
      return true;
    }
  }

  /**
   * The action is denied. Immutable and thread-safe.
   *
   * @param rule the rule that denies, a short stable name
   * @param explanation why, in words
   */
  record Deny(String rule, String explanation) implements PolicyDecision {
    /**
     * Creates a denial.
     *
     * @throws NullPointerException if an argument is null
     */
    public Deny {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public boolean permitted() {
      return false;
    }
  }
}
