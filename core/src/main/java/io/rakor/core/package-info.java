/**
 * Rakor core: the domain of cross-sector coordination in regional government, and the errors it
 * reports.
 *
 * <p>Every value in Rakor is immutable and validated when it is built; a broken invariant raises
 * {@link io.rakor.core.RakorValidationException}, naming the type, the field, the offending value
 * and the rule. The features live in their own packages: {@code jurisdictions}, {@code units},
 * {@code meetings}, {@code priorities}, {@code indicators}, {@code commitments}, {@code monitoring}
 * and {@code json}.
 */
package io.rakor.core;
