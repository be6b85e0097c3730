package dev.avrr.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.avrr.docs.OpenApiDocs.ServiceApi;

/**
 * Writes {@code docs/roles-and-endpoints.md} and {@code docs/state-machines.md} from the code. Run by the module's
 * build (exec-maven-plugin, process-classes) with the repository root as the argument. A page is written only when
 * its text changed, so an unchanged tree stays untouched; the same code always gives the same bytes.
 */
public final class GenerateDocs {

    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path root = ProjectRoot.locate(args.length > 0 ? args[0] : null);
        List<ServiceApi> apis = OpenApiDocs.readAll(root.resolve(ProjectRoot.OPENAPI_DIR));
        int operations = apis.stream().mapToInt(a -> a.operations().size()).sum();
        write(root, RolesAndEndpointsPage.FILE, RolesAndEndpointsPage.render(apis),
                operations + " operations of " + apis.size() + " services");
        List<Machine> machines = Machines.all();
        write(root, StateMachinesPage.FILE, StateMachinesPage.render(machines), machines.size() + " state machines");
    }

    static void write(Path root, String file, String text, String what) throws IOException {
        Path target = root.resolve(file);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean same = Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes);
        if (!same) {
            Files.write(target, bytes);
        }
        System.out.println("[docs-gen] " + file + (same ? " unchanged" : " written") + " (" + what + ")");
    }
}
