/**
 * Internals of the contract test kit: generators and state snapshots. Not API: not supported, may
 * change or disappear without notice.
 */
@RakorStyle
package io.rakor.testkit.tck.internal;

import io.rakor.core.values.RakorStyle;
