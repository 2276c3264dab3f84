/**
 * Internal machinery of Rakor core. Not API: not supported, and may change or disappear in any
 * release without notice.
 */
package io.rakor.core.internal;
