/**
 * Rakor's JSON format on Jackson 3 ({@code tools.jackson}), for Spring Boot 4 and other Jackson 3
 * applications: {@link io.rakor.json.jackson3.RakorJson3}, the entry point, and {@link
 * io.rakor.json.jackson3.RakorModule3}, the module for a mapper of your own. The same documents,
 * limits and errors as rakor-core's Jackson 2 binding, {@link io.rakor.core.json.RakorJson}.
 */
package io.rakor.json.jackson3;
