package io.rakor.core.values;

import io.rakor.core.RakorValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied at package level.
 *
 * <p>Generated types are named {@code Immutable*} and are package-private: every value type {@code
 * X} follows the "sandwich" pattern, with a nested {@code X.Builder} that extends the generated
 * builder and {@code X implements WithX}, so that users write {@code X.builder()} and {@code
 * x.withField(...)} and never name a generated type. Builders report missing values and nulls with
 * {@link RakorValidationException}; collection builders take singular names ({@code
 * addParticipant}); Guava immutable collections are used.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = RakorValidationException.class,
    throwForNullPointer = RakorValidationException.class,
    depluralize = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
public @interface RakorStyle {}
