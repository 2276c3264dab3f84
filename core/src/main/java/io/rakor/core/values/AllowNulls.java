package io.rakor.core.values;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a null element of a collection attribute through the generated builder, to the value's
 * check, which rejects it: so that a null element is reported as a {@link
 * io.rakor.core.RakorValidationException} naming the type, the field and the element's index
 * ({@code Commitment.supporters[2] = null: must not be null}), rather than as a bare {@code
 * NullPointerException} from the builder. No value with a null element is ever built.
 *
 * <p>Immutables recognises the annotation by its simple name. Every collection attribute of a Rakor
 * value type carries it, and its check calls {@link Checker#list}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
public @interface AllowNulls {}
