/**
 * Internal machinery of the Rakor testkit: word lists and the seeded randomness source. Not API:
 * not supported, and may change or disappear in any release without notice.
 */
@RakorStyle
package io.rakor.testkit.internal;

import io.rakor.core.values.RakorStyle;
