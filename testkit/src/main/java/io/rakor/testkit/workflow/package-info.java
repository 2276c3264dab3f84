/**
 * Generators of command sequences for stateful property tests of Rakor's workflows: a list of
 * {@link io.rakor.testkit.workflow.Step}s (command, actor, moment) to run against a lifecycle,
 * checking invariants after every step. The lists shrink like any other generated value.
 */
@RakorStyle
package io.rakor.testkit.workflow;

import io.rakor.core.values.RakorStyle;
