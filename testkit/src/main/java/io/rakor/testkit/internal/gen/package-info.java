/**
 * The generators behind {@code RakorGen}, one class per feature, and the primitives they are built
 * from. Not API: not supported, and may change or disappear in any release without notice.
 */
@RakorStyle
package io.rakor.testkit.internal.gen;

import io.rakor.core.values.RakorStyle;
