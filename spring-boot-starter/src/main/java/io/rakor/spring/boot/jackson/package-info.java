/**
 * Rakor's types on Spring Boot's Jackson 3 mapper: the {@link io.rakor.json.jackson3.RakorModule3}
 * bean that Boot registers on the {@code JsonMapper} it configures, so that controllers read and
 * write Rakor's values in Rakor's JSON format.
 */
package io.rakor.spring.boot.jackson;
