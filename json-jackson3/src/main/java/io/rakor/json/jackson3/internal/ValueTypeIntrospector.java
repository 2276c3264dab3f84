package io.rakor.json.jackson3.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Tells Jackson 3 which class reads and writes each Rakor value type. A Rakor value type {@code X}
 * is abstract; the class Immutables generates for it is named, on {@code X} itself, by Jackson 2's
 * {@code @JsonSerialize(as = ...)} and {@code @JsonDeserialize(as = ...)}, which rakor-core's
 * Jackson 2 binding reads. Jackson 3 reads Jackson 2's {@code com.fasterxml.jackson.annotation}
 * annotations (the generated class's {@code @JsonCreator} and {@code @JsonProperty}) but not its
 * databind annotations: this introspector reads those two, on classes of {@code io.rakor} only, so
 * that both bindings use the same class and so the same properties, in the same order.
 */
public final class ValueTypeIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  @Override
  public JavaType refineSerializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
    Class<?> as =
        rakorClass(a) ? as(a.getRawType().getDeclaredAnnotation(JsonSerialize.class)) : null;
    return as == null || as == baseType.getRawClass()
        ? baseType
        : config.getTypeFactory().constructSpecializedType(baseType, as);
  }

  @Override
  public JavaType refineDeserializationType(
      MapperConfig<?> config, Annotated a, JavaType baseType) {
    Class<?> as =
        rakorClass(a) ? as(a.getRawType().getDeclaredAnnotation(JsonDeserialize.class)) : null;
    return as == null || as == baseType.getRawClass()
        ? baseType
        : config.getTypeFactory().constructSpecializedType(baseType, as);
  }

  private static boolean rakorClass(Annotated a) {
    return a instanceof AnnotatedClass && a.getRawType().getName().startsWith("io.rakor.");
  }

  private static Class<?> as(JsonSerialize annotation) {
    return annotation == null || annotation.as() == Void.class ? null : annotation.as();
  }

  private static Class<?> as(JsonDeserialize annotation) {
    return annotation == null || annotation.as() == Void.class ? null : annotation.as();
  }
}
