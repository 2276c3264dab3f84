package io.rakor.core.commitments.lifecycle;

import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorValidationException;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.values.Checker;
import io.rakor.core.workflow.Action;
import java.util.List;
import java.util.Optional;

/**
 * A request to move a {@link io.rakor.core.commitments.Commitment} through its lifecycle; carried
 * out by {@link CommitmentLifecycle}. Each command names the {@link Action} the policy decides.
 * Commands are immutable and thread-safe; they validate what they hold when made (a reason is not
 * blank).
 *
 * @since 0.1
 */
public sealed interface CommitmentCommand {
  /**
   * The action this command asks for.
   *
   * @return the action
   */
  Action action();

  /**
   * Agree a proposed commitment.
   *
   * @return the command
   */
  static CommitmentCommand agree() {
    return new Agree();
  }

  /**
   * Start work on an agreed commitment.
   *
   * @return the command
   */
  static CommitmentCommand startWork() {
    return new StartWork();
  }

  /**
   * Report progress (the lead unit); an agreed commitment moves to in progress.
   *
   * @param report the report, for this commitment, from the acting unit
   * @return the command
   */
  static CommitmentCommand reportProgress(ProgressReport report) {
    return new ReportProgress(report);
  }

  /**
   * Contribute evidence to a commitment in progress (the lead or a supporting unit).
   *
   * @param evidence the evidence, at least one reference
   * @return the command
   * @throws RakorValidationException if there is no evidence
   */
  static CommitmentCommand contributeEvidence(List<EvidenceRef> evidence) {
    return new ContributeEvidence(evidence);
  }

  /**
   * Verify that a commitment in progress is complete, with nothing more to say.
   *
   * @return the command
   */
  static CommitmentCommand verifyCompletion() {
    return new VerifyCompletion(Optional.empty());
  }

  /**
   * Verify that a commitment in progress is complete, saying what was checked.
   *
   * @param note what was checked
   * @return the command
   * @throws RakorValidationException if the note is null or blank
   */
  static CommitmentCommand verifyCompletion(String note) {
    Checker.of("VerifyCompletion").require(note != null, "note", null, "is required").done();
    return new VerifyCompletion(Optional.of(note));
  }

  /**
   * Cancel a commitment that is not final.
   *
   * @param reason why
   * @return the command
   * @throws RakorValidationException if the reason is blank
   */
  static CommitmentCommand cancel(String reason) {
    return new Cancel(reason);
  }

  /**
   * Replace a commitment that is not final by another.
   *
   * @param successor the commitment that replaces it
   * @param reason why
   * @return the command
   * @throws RakorValidationException if the reason is blank
   */
  static CommitmentCommand supersede(CommitmentId successor, String reason) {
    return new Supersede(successor, reason);
  }

  /** Agree a proposed commitment. */
  record Agree() implements CommitmentCommand {
    @Override
    public Action action() {
      return Action.AGREE_COMMITMENT;
    }
  }

  /** Start work on an agreed commitment. */
  record StartWork() implements CommitmentCommand {
    @Override
    public Action action() {
      return Action.START_WORK;
    }
  }

  /**
   * Report progress.
   *
   * @param report the report
   */
  record ReportProgress(ProgressReport report) implements CommitmentCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the report is null
     */
    public ReportProgress {
      Checker.of("ReportProgress").require(report != null, "report", null, "is required").done();
    }

    @Override
    public Action action() {
      return Action.REPORT_PROGRESS;
    }
  }

  /**
   * Contribute evidence.
   *
   * @param evidence the evidence, never empty
   */
  record ContributeEvidence(List<EvidenceRef> evidence) implements CommitmentCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if there is no evidence
     */
    public ContributeEvidence {
      Checker.of("ContributeEvidence")
          .require(
              evidence != null && !evidence.isEmpty(), "evidence", evidence, "must not be empty")
          .done();
      evidence = ImmutableList.copyOf(evidence);
    }

    @Override
    public Action action() {
      return Action.CONTRIBUTE_EVIDENCE;
    }
  }

  /**
   * Verify completion.
   *
   * @param note what was checked, if stated
   */
  record VerifyCompletion(Optional<String> note) implements CommitmentCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the note is null or blank
     */
    public VerifyCompletion {
      Checker c = Checker.of("VerifyCompletion").require(note != null, "note", null, "is required");
      if (note != null) {
        note.ifPresent(n -> c.text("note", n));
      }
      c.done();
    }

    @Override
    public Action action() {
      return Action.VERIFY_COMPLETION;
    }
  }

  /**
   * Cancel.
   *
   * @param reason why, not blank
   */
  record Cancel(String reason) implements CommitmentCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the reason is null or blank
     */
    public Cancel {
      Checker.of("Cancel").text("reason", reason == null ? "" : reason).done();
    }

    @Override
    public Action action() {
      return Action.CANCEL_COMMITMENT;
    }
  }

  /**
   * Supersede.
   *
   * @param successor the replacing commitment
   * @param reason why, not blank
   */
  record Supersede(CommitmentId successor, String reason) implements CommitmentCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the successor is null or the reason blank
     */
    public Supersede {
      Checker.of("Supersede")
          .require(successor != null, "successor", null, "is required")
          .text("reason", reason == null ? "" : reason)
          .done();
    }

    @Override
    public Action action() {
      return Action.SUPERSEDE_COMMITMENT;
    }
  }
}
