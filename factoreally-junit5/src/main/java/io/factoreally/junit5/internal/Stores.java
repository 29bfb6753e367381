package io.factoreally.junit5.internal;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/** The extension's namespace in JUnit's stores. */
final class Stores {
    private static final Namespace NAMESPACE = Namespace.create("io.factoreally.junit5");

    private Stores() {
    }

    /** The run-wide store: run seed, parsed specs, compiled factories. */
    static Store root(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /** The store of one context (looks up its parents' values too). */
    static Store of(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
