/**
 * Workflows: the lifecycles of meetings, commitments and monitoring cycles as explicit state
 * machines, the actors who drive them, and the policy that decides who may do what.
 *
 * <p>A transition is a pure function of (current value, command, actor, clock). It returns an
 * {@link io.rakor.core.workflow.Outcome}: either the new value with the domain events it caused, or
 * a typed {@link io.rakor.core.workflow.Rejection} that names the broken rule. Every accepted
 * command is recorded as a {@link io.rakor.core.workflow.DomainEvent}. The lifecycles themselves
 * live beside their values: {@code meetings.MeetingLifecycle}, {@code
 * commitments.lifecycle.CommitmentLifecycle} and {@code monitoring.CycleLifecycle}; each prints its
 * one table of legal transitions with {@link io.rakor.core.workflow.StateMachine#toMarkdown()}.
 */
@RakorStyle
package io.rakor.core.workflow;

import io.rakor.core.values.RakorStyle;
