package org.yanxun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public types of the model package, found by scanning the compiled classes, so that a new type
 * is checked by the contract tests without being listed anywhere.
 */
final class ModelTypes {

    private ModelTypes() {
    }

    /**
     * Returns the directory the main classes were compiled to.
     *
     * @return the directory, such as {@code target/classes}
     */
    static Path classesDirectory() {
        try {
            return Path.of(Cycle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns every public type of {@code org.yanxun}, nested types included, sorted by name.
     *
     * @return the types
     */
    static List<Class<?>> all() {
        return publicTypesOf("org.yanxun");
    }

    /**
     * Returns every public type of a package of the main classes, nested types included, sorted by name.
     *
     * @param pkg the package, such as {@code org.yanxun.policy}
     * @return the types
     */
    static List<Class<?>> publicTypesOf(String pkg) {
        Path directory = classesDirectory().resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
                    .<Class<?>>map(name -> load(pkg + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(ModelTypes::isPublic)
                    .sorted(Comparator.comparing(Class<?>::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the public record types of {@code org.yanxun}.
     *
     * @return the records, sorted by name
     */
    static List<Class<?>> records() {
        return all().stream().filter(Class::isRecord).toList();
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass()) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModelTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
