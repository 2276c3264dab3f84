package io.rakor.core.workflow;

/**
 * Decides whether an actor may take an action on a subject. Every command of every lifecycle asks
 * the policy first; a denial becomes a {@link Rejection.Denied}, never a silent no-op.
 *
 * <p>Implementations must be pure and thread-safe. {@link DefaultPolicy} is the written-down
 * default; plug in your own by passing it to a lifecycle, or refine the default with {@link
 * #and(Policy)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Policy {
  /**
   * Decides one request.
   *
   * @param actor who asks
   * @param action what they ask to do
   * @param subject the value acted on, with the roles it vouches for
   * @return a permit, or a denial naming its rule
   */
  PolicyDecision decide(Actor actor, Action action, Subject subject);

  /**
   * A policy that permits only what both this and the other policy permit; the first denial wins.
   *
   * @param other a further policy
   * @return the combined policy
   */
  default Policy and(Policy other) {
    return (actor, action, subject) -> {
      PolicyDecision first = decide(actor, action, subject);
      return first.permitted() ? other.decide(actor, action, subject) : first;
    };
  }
}
