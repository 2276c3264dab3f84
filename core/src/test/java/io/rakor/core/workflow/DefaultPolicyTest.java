package io.rakor.core.workflow;

import static io.rakor.core.Samples.CHAIR;
import static io.rakor.core.Samples.DINKES;
import static io.rakor.core.Samples.LEAD;
import static io.rakor.core.Samples.OBSERVER;
import static io.rakor.core.Samples.SECRETARIAT;
import static io.rakor.core.Samples.SUPPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import org.junit.jupiter.api.Test;

class DefaultPolicyTest {
  private final DefaultPolicy policy = DefaultPolicy.instance();
  private final Subject commitment = CommitmentLifecycle.subject(Samples.commitmentInProgress());
  private final Subject meeting = MeetingLifecycle.subject(Samples.meetingWithEveryRole());

  @Test
  void onlyTheLeadUnitReportsProgress() {
    assertThat(policy.decide(LEAD, Action.REPORT_PROGRESS, commitment).permitted()).isTrue();
    assertThat(policy.decide(SUPPORTER, Action.REPORT_PROGRESS, commitment))
        .isEqualTo(
            PolicyDecision.deny(
                DefaultPolicy.ROLE_MAY_NOT_ACT,
                "the role SUPPORTING_UNIT may not REPORT_PROGRESS (allowed: [LEAD_UNIT, CO_LEAD])"));
    assertThat(policy.decide(CHAIR, Action.REPORT_PROGRESS, commitment).permitted()).isFalse();
  }

  @Test
  void aUnitThatIsNotTheLeadCannotClaimToBeIt() {
    Actor impostor = Actor.of(UnitId.of("bpbd"), Role.LEAD_UNIT);
    PolicyDecision d = policy.decide(impostor, Action.REPORT_PROGRESS, commitment);
    assertThat(d).isInstanceOf(PolicyDecision.Deny.class);
    assertThat(((PolicyDecision.Deny) d).rule()).isEqualTo(DefaultPolicy.ROLE_NOT_HELD);
    assertThat(((PolicyDecision.Deny) d).explanation())
        .isEqualTo("bpbd does not hold the role LEAD_UNIT on Commitment rtl-01");
  }

  @Test
  void supportingUnitsMayContributeEvidenceButNotVerify() {
    assertThat(policy.decide(SUPPORTER, Action.CONTRIBUTE_EVIDENCE, commitment).permitted())
        .isTrue();
    assertThat(policy.decide(LEAD, Action.CONTRIBUTE_EVIDENCE, commitment).permitted()).isTrue();
    assertThat(policy.decide(SUPPORTER, Action.VERIFY_COMPLETION, commitment).permitted())
        .isFalse();
    assertThat(policy.decide(LEAD, Action.VERIFY_COMPLETION, commitment).permitted()).isFalse();
  }

  @Test
  void chairOrSecretariatAgreesVerifiesAndCancels() {
    for (Action a :
        new Action[] {
          Action.AGREE_COMMITMENT,
          Action.VERIFY_COMPLETION,
          Action.CANCEL_COMMITMENT,
          Action.SUPERSEDE_COMMITMENT
        }) {
      assertThat(policy.decide(CHAIR, a, commitment).permitted()).as(a.name()).isTrue();
      assertThat(policy.decide(SECRETARIAT, a, commitment).permitted()).as(a.name()).isTrue();
      assertThat(policy.decide(LEAD, a, commitment).permitted()).as(a.name()).isFalse();
    }
  }

  @Test
  void everyRoleMayReadAndObserversOnlyRead() {
    for (Role role : Role.values()) {
      assertThat(policy.rolesAllowed(Action.READ)).contains(role);
    }
    assertThat(policy.decide(OBSERVER, Action.READ, meeting).permitted()).isTrue();
    for (Action a : Action.values()) {
      if (a != Action.READ) {
        assertThat(policy.decide(OBSERVER, a, meeting).permitted()).as(a.name()).isFalse();
      }
    }
  }

  @Test
  void theMeetingChairIsRecognisedByItsOfficial() {
    assertThat(policy.decide(CHAIR, Action.CONCLUDE_MEETING, meeting).permitted()).isTrue();
    Actor otherOfficial = Actor.of(DINKES, OfficialId.of("kadis"), Role.CHAIR);
    assertThat(policy.decide(otherOfficial, Action.CONCLUDE_MEETING, meeting).permitted())
        .isFalse();
    Actor secretariatAsChair = SECRETARIAT.as(Role.CHAIR);
    assertThat(policy.decide(secretariatAsChair, Action.CONCLUDE_MEETING, meeting).permitted())
        .isFalse();
    assertThat(policy.decide(SECRETARIAT, Action.CONCLUDE_MEETING, meeting).permitted()).isFalse();
    assertThat(policy.decide(SECRETARIAT, Action.OPEN_SESSION, meeting).permitted()).isTrue();
  }

  @Test
  void aCustomPolicyCanBePluggedInAndCombined() {
    Policy noCancellations =
        (actor, action, subject) ->
            action == Action.CANCEL_COMMITMENT
                ? PolicyDecision.deny("no-cancellations", "this district never cancels")
                : PolicyDecision.permit();
    Policy combined = policy.and(noCancellations);
    assertThat(combined.decide(CHAIR, Action.AGREE_COMMITMENT, commitment).permitted()).isTrue();
    assertThat(combined.decide(CHAIR, Action.CANCEL_COMMITMENT, commitment))
        .isEqualTo(PolicyDecision.deny("no-cancellations", "this district never cancels"));
    assertThat(combined.decide(LEAD, Action.CANCEL_COMMITMENT, commitment))
        .extracting(d -> ((PolicyDecision.Deny) d).rule())
        .isEqualTo(DefaultPolicy.ROLE_MAY_NOT_ACT);
  }

  @Test
  void thePermissionTablePrints() {
    assertThat(policy.toMarkdown())
        .contains("| REPORT_PROGRESS | LEAD_UNIT, CO_LEAD |")
        .contains("| CONTRIBUTE_EVIDENCE | LEAD_UNIT, CO_LEAD, SUPPORTING_UNIT |")
        .contains("| VERIFY_COMPLETION | CHAIR, SECRETARIAT |")
        .contains("| CREATE | CHAIR, SECRETARIAT |")
        .contains("| IMPORT | SECRETARIAT |");
  }
}
