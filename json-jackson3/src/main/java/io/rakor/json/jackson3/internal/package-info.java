/**
 * Internal machinery of Rakor's JSON format on Jackson 3: the document codec, the error
 * translation, the bounded parser factory and the deserializers. Not API: not supported, and may
 * change or disappear in any release without notice.
 */
package io.rakor.json.jackson3.internal;
