/**
 * Building blocks of Rakor's value types: the one Immutables style and the checker that collects
 * violations when a value is built.
 *
 * <p>Public so that Rakor's other modules, and extensions that define value types of their own,
 * behave exactly like the core types: validated when built, with every broken rule reported as one
 * {@link io.rakor.core.RakorValidationException}. Applications that only use Rakor's types do not
 * need this package.
 */
package io.rakor.core.values;
