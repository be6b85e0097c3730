package dev.avrr.platform.protection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Binds every protected column's values to their place: the table and column (a short code of both) and the row
 * (its id), as the associated data of the encryption (docs/domain.md#protection-at-rest). A value copied into
 * another row or column does not open.
 * <ul>
 * <li>On reading, the database supplies the place: each protected column is read as
 * {@code 'code|' || id || '|' || column}, so the row is the one the value was actually read from, not one the
 * value claims.</li>
 * <li>On writing, {@link ProtectedWrites} tells the converter the place of each value of the entity Hibernate is
 * inserting or updating at that moment.</li>
 * </ul>
 * An entity with protected columns says whose data they are: {@link PersonalRecord} (sealed with its subject's key)
 * or {@link ServiceRecord} (the service's own secrets). One that says neither stops the service at start.
 */
public class ProtectedColumns implements Integrator {

    /** A protected property of an entity, the code of its place, and whether it is sealed with the subject's key. */
    record Protected(String property, String place, boolean personal) {
    }

    /**
     * Where a protected column lies: its entity, table and column, the entity's id properties and their columns (in
     * the same order), its place's code, and whether its values are sealed with the subject's key.
     */
    record Where(String entity, String table, String column, List<String> idProperties, List<String> idColumns,
            String place, boolean personal) {
    }

    private static final Map<String, Where> COLUMNS = new ConcurrentHashMap<>();

    private static final Map<String, List<Protected>> BY_ENTITY = new ConcurrentHashMap<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            List<Protected> found = new ArrayList<>();
            for (Property property : entity.getPropertyClosure()) {
                if (!(property.getValue() instanceof SimpleValue value) || !isProtected(value)) {
                    continue;
                }
                Column column = value.getColumns().get(0);
                String table = value.getTable().getName();
                String place = place(table, column.getName());
                String row = entity.getIdentifier().getColumns().stream().map(c -> "{@}." + c.getName())
                        .collect(Collectors.joining(" || ':' || "));
                column.setCustomRead("'" + place + "|' || " + row + " || '|' || " + column.getName());
                boolean kept = KeptOnErasure.class
                        .isAssignableFrom(value.getJpaAttributeConverterDescriptor().getAttributeConverterClass());
                boolean personal = !kept && PersonalRecord.class.isAssignableFrom(entity.getMappedClass());
                found.add(new Protected(property.getName(), place, personal));
                COLUMNS.put(place, new Where(entity.getEntityName(), table, column.getName(), idProperties(entity),
                        entity.getIdentifier().getColumns().stream().map(Column::getName).toList(), place, personal));
            }
            if (found.isEmpty()) {
                continue;
            }
            Class<?> type = entity.getMappedClass();
            if (!PersonalRecord.class.isAssignableFrom(type) && !ServiceRecord.class.isAssignableFrom(type)) {
                throw new IllegalStateException(type.getSimpleName() + " has protected columns but says neither whose "
                        + "data they are (PersonalRecord) nor that they are the service's (ServiceRecord)");
            }
            BY_ENTITY.put(entity.getEntityName(), List.copyOf(found));
        }
        Listener listener = new Listener();
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.PRE_INSERT, listener);
        listeners.appendListeners(EventType.PRE_UPDATE, listener);
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        BY_ENTITY.clear();
        COLUMNS.clear();
    }

    /** Every protected column of the service. */
    static List<Where> columns() {
        return List.copyOf(COLUMNS.values());
    }

    private static List<String> idProperties(PersistentClass entity) {
        if (entity.getIdentifierProperty() != null) {
            return List.of(entity.getIdentifierProperty().getName());
        }
        return entity.getIdentifierMapper().getProperties().stream().map(Property::getName).toList();
    }

    /** The protected properties of an entity; none for one without protected columns. */
    static List<Protected> of(String entityName) {
        return BY_ENTITY.getOrDefault(entityName, List.of());
    }

    /** Every protected column, as {@code table.column} codes by entity: what a test checks is bound. */
    public static Map<String, List<String>> places() {
        return BY_ENTITY.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Protected::place).toList()));
    }

    private static boolean isProtected(SimpleValue value) {
        if (value.getJpaAttributeConverterDescriptor() == null) {
            return false;
        }
        Class<?> converter = value.getJpaAttributeConverterDescriptor().getAttributeConverterClass();
        return ProtectedString.class.isAssignableFrom(converter) || ProtectedJson.class.isAssignableFrom(converter)
                || ProtectedDate.class.isAssignableFrom(converter);
    }

    /**
     * A short code of the table and column: what the associated data names, never a column's name in a value; the
     * database puts it before each value it reads of the column.
     */
    public static String place(String table, String column) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((table + "." + column).getBytes(StandardCharsets.UTF_8));
            return "p" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tells {@link ProtectedWrites} the place of each protected value of the row Hibernate writes now. */
    static final class Listener implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
            PostUpdateEventListener {

        @Override
        public boolean onPreInsert(PreInsertEvent event) {
            begin(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getSession());
            return false;
        }

        @Override
        public boolean onPreUpdate(PreUpdateEvent event) {
            begin(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getSession());
            return false;
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            ProtectedWrites.end();
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            ProtectedWrites.end();
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }

        private static void begin(EntityPersister persister, Object entity, Object id, Object[] state,
                SharedSessionContractImplementor session) {
            ProtectedWrites.clear();
            List<Protected> protectedProperties = of(persister.getEntityName());
            if (protectedProperties.isEmpty()) {
                return;
            }
            if (id == null) {
                throw new IllegalStateException(persister.getEntityName()
                        + " has protected columns: its id must be known before the insert (not an identity column)");
            }
            UUID subject = null;
            if (entity instanceof PersonalRecord personal) {
                subject = personal.protectionSubject();
                if (subject == null) {
                    throw new IllegalStateException(persister.getEntityName() + " names no subject for its protected data");
                }
            }
            List<String> parts = new ArrayList<>();
            persister.getIdentifierMapping().breakDownJdbcValues(id,
                    (index, value, mapping) -> parts.add(String.valueOf(value)), session);
            String row = String.join(":", parts);
            String[] names = persister.getPropertyNames();
            List<Object> values = new ArrayList<>();
            List<ProtectedWrites.Place> places = new ArrayList<>();
            for (Protected p : protectedProperties) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(p.property())) {
                        values.add(state[i]);
                        places.add(new ProtectedWrites.Place(p.place(), row, p.personal() ? subject : null));
                    }
                }
            }
            ProtectedWrites.begin(persister.getEntityName(), values, places);
        }
    }
}
