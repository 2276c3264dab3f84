/**
 * The rules behind {@code Invalid}: one class per feature, each listing how to break every rule of
 * its types' validation. Not API: not supported, and may change or disappear in any release without
 * notice.
 */
@RakorStyle
package io.rakor.testkit.internal.invalid;

import io.rakor.core.values.RakorStyle;
