package io.factoreally.junit5.internal;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Short, readable names of classes, methods and types for messages. */
final class Names {
    private Names() {
    }

    /** {@code Outer.Inner} without the package. */
    static String of(Class<?> type) {
        if (type.isArray()) {
            return of(type.getComponentType()) + "[]";
        }
        String name = type.getName();
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).replace('$', '.');
    }

    /** A generic type with short class names: {@code List<UserModel>}. */
    static String of(Type type) {
        if (type instanceof Class<?> c) {
            return of(c);
        }
        String name = type.getTypeName();
        return name.replaceAll("(?:[a-zA-Z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$1").replace('$', '.');
    }

    /** {@code UserServiceTest.admin(UserModel)} or {@code UserServiceTest(UserModel)} for a constructor. */
    static String of(Executable executable) {
        String params = Arrays.stream(executable.getParameterTypes()).map(Names::of).collect(Collectors.joining(", "));
        String owner = of(executable.getDeclaringClass());
        return executable instanceof Method m ? owner + "." + m.getName() + "(" + params + ")" : owner + "(" + params + ")";
    }

    /** {@code UserServiceTest.user}. */
    static String of(Field field) {
        return of(field.getDeclaringClass()) + "." + field.getName();
    }
}
