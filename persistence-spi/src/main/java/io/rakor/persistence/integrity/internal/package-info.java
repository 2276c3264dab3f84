/**
 * Internals of verification and transfer, shared by {@code io.rakor.persistence.integrity} and
 * {@code io.rakor.persistence.transfer}. Not API: anything here may change without notice.
 */
package io.rakor.persistence.integrity.internal;
