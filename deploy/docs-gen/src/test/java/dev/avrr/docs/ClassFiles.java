package dev.avrr.docs;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which classes of a service call a given static method, read from their class files' constant pools (a
 * {@code Methodref} to that class and name), so that no class is loaded and nothing is guessed from names.
 */
final class ClassFiles {

    private ClassFiles() {
    }

    /** The jar or classes directory a class was loaded from. */
    static Path origin(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The binary names of the classes in a jar or directory that refer to {@code owner.method}. */
    static TreeSet<String> callersOf(Path jarOrDirectory, String owner, String method) {
        TreeSet<String> callers = new TreeSet<>();
        try {
            if (Files.isDirectory(jarOrDirectory)) {
                scan(jarOrDirectory, owner, method, callers);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(jarOrDirectory)) {
                    scan(jar.getPath("/"), owner, method, callers);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return callers;
    }

    private static void scan(Path root, String owner, String method, TreeSet<String> callers) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        String internalOwner = owner.replace('.', '/');
        for (Path file : classes) {
            byte[] bytes = Files.readAllBytes(file);
            if (refersTo(bytes, internalOwner, method)) {
                String name = root.relativize(file).toString().replace('\\', '/');
                callers.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
    }

    /** Whether the class file's constant pool holds a method reference to {@code owner.method}. */
    static boolean refersTo(byte[] classFile, String internalOwner, String method) throws IOException {
        try (InputStream raw = new ByteArrayInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("Not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            List<int[]> methodRefs = new ArrayList<>();
            int[] natName = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 17, 18 -> in.readInt();
                    case 10, 11 -> methodRefs.add(new int[] { in.readUnsignedShort(), in.readUnsignedShort() });
                    case 12 -> {
                        natName[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("Unknown constant pool tag " + tag);
                }
            }
            for (int[] ref : methodRefs) {
                if (internalOwner.equals(utf8[classNameIndex[ref[0]]]) && method.equals(utf8[natName[ref[1]]])) {
                    return true;
                }
            }
            return false;
        }
    }
}
