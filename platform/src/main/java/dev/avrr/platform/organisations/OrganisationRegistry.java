package dev.avrr.platform.organisations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registry of organisations, as data: a JSON list of {@code {id, kind, country, name}}, read at start from
 * {@code avrr.organisations.file} (AVRR_ORGANISATIONS_FILE) or, without it, from the registry shipped with the
 * platform ({@code avrr/organisations.json}: the organisations of the local stack). Every service reads the same
 * file, so all four know the same organisations; a changed file is read again when an unknown organisation is
 * asked for (see {@code docs/organisations.md}).
 */
@ApplicationScoped
public class OrganisationRegistry {

    static final String SHIPPED = "avrr/organisations.json";
    private static final Logger LOG = Logger.getLogger(OrganisationRegistry.class);

    @ConfigProperty(name = "avrr.organisations.file")
    Optional<String> file;

    @Inject
    ObjectMapper json;

    private volatile Map<String, Organisation> byId = Map.of();
    private volatile FileTime loadedVersion;

    @PostConstruct
    void load() {
        try {
            if (file.isPresent()) {
                Path path = Path.of(file.get());
                FileTime version = Files.getLastModifiedTime(path);
                try (InputStream in = Files.newInputStream(path)) {
                    byId = index(read(in));
                }
                loadedVersion = version;
            } else {
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
                    if (in == null) {
                        throw new IllegalStateException("The registry of organisations " + SHIPPED + " is missing");
                    }
                    byId = index(read(in));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The registry of organisations could not be read", e);
        }
    }

    private List<Organisation> read(InputStream in) throws IOException {
        return json.readValue(in, new TypeReference<List<Organisation>>() {
        });
    }

    /** A registry file that changed since it was read is read again: a new organisation needs no restart. */
    private synchronized void reloadIfChanged() {
        if (file.isEmpty()) {
            return;
        }
        try {
            if (!Files.getLastModifiedTime(Path.of(file.get())).equals(loadedVersion)) {
                load();
            }
        } catch (IOException | IllegalStateException e) {
            LOG.warn("The registry of organisations could not be read again; the one read before stays", e);
        }
    }

    static Map<String, Organisation> index(List<Organisation> organisations) {
        Map<String, Organisation> index = new LinkedHashMap<>();
        for (Organisation o : organisations) {
            if (index.put(o.id(), o) != null) {
                throw new IllegalStateException("The organisation " + o.id() + " is registered twice");
            }
        }
        return Map.copyOf(index);
    }

    public Optional<Organisation> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Organisation found = byId.get(id);
        if (found == null) {
            reloadIfChanged();
            found = byId.get(id);
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the organisation may follow a person's return to that country (see
     * {@link Organisation#mayFollowTheReturnTo}); an organisation not registered may not.
     */
    public boolean mayFollowTheReturn(String id, String countryOfReturn) {
        return find(id).map(o -> o.mayFollowTheReturnTo(countryOfReturn)).orElse(false);
    }
}
