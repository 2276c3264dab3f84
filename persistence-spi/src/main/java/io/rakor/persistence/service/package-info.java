/**
 * The coordination service: {@link io.rakor.persistence.service.CoordinationService} creates
 * aggregates in their initial states (or imports them, with a reason), checking ids, references and
 * the policy, and drives commands by loading what they need, applying the workflow under the
 * policy, and saving and logging the result in one store transaction, retrying or reporting
 * conflicts as {@link io.rakor.persistence.service.ConflictMode} says; every stored version is
 * explained by an event in the hash-chained log. Monitoring evaluation reads through the store.
 */
@RakorStyle
package io.rakor.persistence.service;

import io.rakor.core.values.RakorStyle;
