package dev.avrr.platform.documents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.PersonalDataCipher;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;

/**
 * The documents of a referral or a case (docs/documents.md), kept in the service's own PostgreSQL table
 * {@code document}: the file and its kind sealed with the key of the person's record it belongs to
 * ({@link SubjectKeys}: the referral's or the case's), so that erasure — which destroys that key — leaves nothing readable, here or in a
 * backup; its media type, size, time and the organisation that added it in clear. No file is written anywhere else:
 * the body is read in memory, sealed, and stored. Each service decides first that the caller sees the record, and as
 * which {@link DocumentParty}; {@link DocumentNeedToKnow} then decides by kind. Every download, list and upload is
 * audited.
 */
@ApplicationScoped
public class Documents {

    /** The largest file kept, in bytes (5 MiB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The longest base64 text of a file of {@link #MAX_BYTES}. */
    public static final int MAX_BASE64 = (MAX_BYTES + 2) / 3 * 4;
    public static final String RESOURCE = "document";

    private static final String INSERT = "INSERT INTO document (id, owner_id, kind, media_type, size_bytes, content, "
            + "uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LIST = "SELECT id, owner_id, kind, media_type, size_bytes, uploaded_at, uploaded_by "
            + "FROM document WHERE owner_id = ? ORDER BY uploaded_at, id";
    private static final String ONE = "SELECT id, owner_id, kind, media_type, size_bytes, uploaded_at, uploaded_by, "
            + "content FROM document WHERE owner_id = ? AND id = ?";
    private static final String DELETE = "DELETE FROM document WHERE owner_id = ?";

    @Inject
    DataSource dataSource;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** A document's file, as a download answers it. */
    public record Download(UUID id, FileTypes.FileType type, byte[] content) {

        /**
         * The download's response: the file with its media type, a file name that says nothing of the person, and
         * no copy kept by a browser or a proxy.
         */
        public Response response() {
            return Response.ok(content, type.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + id + "." + type.extension() + "\"")
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
        }
    }

    /**
     * Adds a document to the record {@code owner}, sealed with its key, as {@code party}: 400 naming
     * {@code content} when it is empty, 413 when it is larger than {@link #MAX_BYTES}, 415 when it is no PDF, JPEG or
     * PNG, 403 when the party may not add this kind. Nothing is written on a refusal.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentView add(UUID owner, DocumentParty party, DocumentUpload input) {
        byte[] content = input.content();
        if (content.length == 0) {
            throw Problems.invalid("content", "is empty: send the file in base64");
        }
        if (content.length > MAX_BYTES) {
            throw refusal(ProblemType.PAYLOAD_TOO_LARGE, "is larger than " + MAX_BYTES + " bytes (5 MiB)");
        }
        FileTypes.FileType type = FileTypes.of(content).orElseThrow(
                () -> refusal(ProblemType.UNSUPPORTED_MEDIA_TYPE, "is no PDF, JPEG or PNG file"));
        if (!DocumentNeedToKnow.adds(party, input.kind())) {
            audit.refused(AuditTrail.CREATE, RESOURCE, owner, AuditOutcome.REFUSED);
            throw Problems.forbidden("Your role does not add documents of this kind");
        }
        SecretKey key = subjectKeys.sealingKey(owner).orElseThrow(
                () -> new IllegalStateException("A document was added to a record whose person was erased"));
        UUID id = UUID.randomUUID();
        OffsetDateTime now = Now.time();
        String by = caller.org().orElse(party.name());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, id);
            ps.setObject(2, owner);
            ps.setString(3, PersonalDataCipher.seal(key, input.kind().name().getBytes(StandardCharsets.UTF_8),
                    context(id, "kind")));
            ps.setString(4, type.mediaType());
            ps.setInt(5, content.length);
            ps.setBytes(6, PersonalDataCipher.sealBytes(key, content, context(id, "content")));
            ps.setObject(7, now);
            ps.setString(8, by);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The document could not be stored", e);
        }
        audit.success(AuditTrail.CREATE, RESOURCE, id);
        return new DocumentView(id, input.kind(), type.mediaType(), content.length, now, by);
    }

    /** The record's documents the party reads, oldest first; each listed one is audited as read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DocumentView> list(UUID owner, DocumentParty party) {
        List<DocumentView> seen = views(owner).stream().filter(v -> DocumentNeedToKnow.reads(party, v.kind()))
                .toList();
        audit.successAll(AuditTrail.READ, RESOURCE, seen.stream().map(DocumentView::id).toList());
        return seen;
    }

    /**
     * Every document of the record, oldest first, for the person's own access request: what each is, never its
     * content. The request that asks is audited as an export where it is made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DocumentView> held(UUID owner) {
        return views(owner);
    }

    private List<DocumentView> views(UUID owner) {
        List<DocumentView> views = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LIST)) {
            ps.setObject(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                // Every row is the owner's: its key is looked up once, with the first row.
                Optional<SecretKey> key = null;
                while (rs.next()) {
                    if (key == null) {
                        key = subjectKeys.openingKey(owner);
                    }
                    view(rs, key).ifPresent(views::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The documents could not be read", e);
        }
        return views;
    }

    /**
     * A document of the record that the party reads, audited as read; 404 — audited as refused — when there is none
     * of that id on the record, or the party does not read its kind: the two are never told apart.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Download read(UUID owner, UUID id, DocumentParty party) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ONE)) {
            ps.setObject(1, owner);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Optional<SecretKey> key = subjectKeys.openingKey(owner);
                    Optional<DocumentView> v = view(rs, key).filter(d -> DocumentNeedToKnow.reads(party, d.kind()));
                    if (v.isPresent()) {
                        byte[] content = PersonalDataCipher.openBytes(key.get(), rs.getBytes("content"),
                                context(id, "content"));
                        audit.success(AuditTrail.READ, RESOURCE, id);
                        return new Download(id, FileTypes.ofMediaType(v.get().mediaType()), content);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The document could not be read", e);
        }
        audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
        throw Problems.notFound(RESOURCE);
    }

    /** Removes the record's documents, in the erasure's transaction; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(UUID owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setObject(1, owner);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The documents could not be removed", e);
        }
    }

    /** The listed view of a row; empty when its person's key is gone (the record was erased). */
    private static Optional<DocumentView> view(ResultSet rs, Optional<SecretKey> key) throws SQLException {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        UUID id = rs.getObject("id", UUID.class);
        DocumentKind kind = DocumentKind.valueOf(new String(PersonalDataCipher.open(key.get(), rs.getString("kind"),
                context(id, "kind")), StandardCharsets.UTF_8));
        return Optional.of(new DocumentView(id, kind, rs.getString("media_type"), rs.getInt("size_bytes"),
                rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("uploaded_by")));
    }

    private static ProblemException refusal(ProblemType type, String message) {
        Problem p = new Problem(type, "Field 'content': " + message);
        p.violations = List.of(new Problem.Violation("content", message));
        return new ProblemException(p);
    }

    private static byte[] context(UUID id, String part) {
        return ("avrr-document|" + id + "|" + part).getBytes(StandardCharsets.UTF_8);
    }
}
