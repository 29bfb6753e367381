package io.factoreally.junit5.internal;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Injects the annotated fields of a test instance, inherited ones included (superclass fields
 * first), once per instance: right after instantiation when the extension is registered on the class,
 * else before each test (when only a field's annotation registered it).
 */
public final class FieldInjector {
    private FieldInjector() {
    }

    /** Injects {@code instance}'s fields unless that was done already for it. */
    public static void inject(Object instance, ExtensionContext context) {
        Class<?> type = instance.getClass();
        List<Field> fields = SpecCache.of(context).computeOnce(List.of(FieldInjector.class, type),
                () -> ReflectionSupport.findFields(type, InjectionPoint::isAnnotated, HierarchyTraversalMode.TOP_DOWN));
        if (fields.isEmpty()) {
            return; // nothing to inject, nothing to remember
        }
        InstanceKey key = new InstanceKey(instance);
        if (Stores.of(context).get(key) != null) {
            return;
        }
        Stores.of(context).put(key, Boolean.TRUE);
        for (Field field : fields) {
            Object value = Injector.resolve(context, List.of(field, type), () -> InjectionPoint.forField(field, type));
            try {
                field.setAccessible(true);
                field.set(instance, value);
            } catch (IllegalAccessException | RuntimeException e) {
                throw new InjectionException(Messages.cannotSet(Messages.field(Names.of(field)), e.toString()));
            }
        }
    }

    /** Identity of a test instance as a store key (test classes may override equals). */
    private static final class InstanceKey {
        private final Object instance;

        InstanceKey(Object instance) {
            this.instance = instance;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InstanceKey other && other.instance == instance;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(instance);
        }
    }
}
