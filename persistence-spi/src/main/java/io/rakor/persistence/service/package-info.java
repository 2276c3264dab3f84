/**
 * The coordination service: {@link io.rakor.persistence.service.CoordinationService} loads what a
 * command needs, applies the workflow under the policy, and saves and logs the result in one store
 * transaction, retrying or reporting conflicts as {@link io.rakor.persistence.service.ConflictMode}
 * says; monitoring evaluation reads through the store.
 */
@RakorStyle
package io.rakor.persistence.service;

import io.rakor.core.values.RakorStyle;
