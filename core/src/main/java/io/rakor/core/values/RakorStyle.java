package io.rakor.core.values;

import io.rakor.core.RakorValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied at package level. Not API: it may change without
 * notice.
 *
 * <p>Generated types are named {@code Immutable*} and public; builders report missing values and
 * nulls with {@link RakorValidationException}; collection builders take singular names ({@code
 * addParticipant}); Guava immutable collections are used.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = RakorValidationException.class,
    throwForNullPointer = RakorValidationException.class,
    depluralize = true,
    jdkOnly = false,
    allowedClasspathAnnotations = {Override.class})
public @interface RakorStyle {}
