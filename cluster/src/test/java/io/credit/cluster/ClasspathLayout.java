package io.credit.cluster;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The test JVM's class path split the way a Spark cluster sees it: the jar files (what a Spark
 * installation keeps in {@code SPARK_HOME/jars}) and the class directories of this build (the
 * application, which reaches executors as a jar through {@code spark.jars}).
 *
 * @param jars        jar files on the class path, in class-path order
 * @param directories class directories on the class path ({@code target/classes}, {@code target/test-classes})
 */
public record ClasspathLayout(List<Path> jars, List<Path> directories) {

  /** The layout of the running JVM's class path (surefire sets {@code java.class.path} to the test class path). */
  public static ClasspathLayout ofThisJvm() {
    List<Path> jars = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry).toAbsolutePath();
      if (Files.isDirectory(path)) {
        dirs.add(path);
      } else if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
        jars.add(path);
      }
    }
    return new ClasspathLayout(List.copyOf(jars), List.copyOf(dirs));
  }

  /** The whole class path as a {@code -cp} argument for a child JVM. */
  public String asClassPath() {
    return Stream.concat(directories.stream(), jars.stream())
        .map(Path::toString)
        .reduce((a, b) -> a + File.pathSeparator + b)
        .orElseThrow();
  }

  /**
   * Fills {@code jarsDir} with a symbolic link to every jar, as a Spark installation's {@code jars/}
   * folder. Jars of the same file name (different group ids) get a numbered prefix.
   */
  public void linkJarsInto(Path jarsDir) throws IOException {
    Files.createDirectories(jarsDir);
    Set<String> taken = new HashSet<>();
    for (Path jar : jars) {
      String name = jar.getFileName().toString();
      int n = 1;
      while (!taken.add(name)) {
        name = (n++) + "-" + jar.getFileName();
      }
      Files.createSymbolicLink(jarsDir.resolve(name), jar);
    }
  }

  /** Packs every class directory into one jar: the application jar a driver ships to its executors. */
  public Path packDirectoriesInto(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    Set<String> written = new HashSet<>();
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      written.add("META-INF/MANIFEST.MF");
      for (Path dir : directories) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          String name = dir.relativize(file).toString().replace(File.separatorChar, '/');
          if (written.add(name)) {
            out.putNextEntry(new JarEntry(name));
            copy(file, out);
            out.closeEntry();
          }
        }
      }
    }
    return jar;
  }

  private static void copy(Path file, OutputStream out) throws IOException {
    Files.copy(file, out);
  }
}
