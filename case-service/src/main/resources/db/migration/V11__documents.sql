-- The documents of a case (docs/documents.md): the file and its kind sealed with the case's key (the person's key in
-- this service), so that erasure, which destroys the key, leaves nothing readable; type, size, time and the adding
-- organisation in clear.
CREATE TABLE document (
    id uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES avrr_case (id),
    kind text NOT NULL,
    media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes integer NOT NULL CHECK (size_bytes > 0),
    content bytea NOT NULL,
    uploaded_at timestamptz NOT NULL,
    uploaded_by text NOT NULL
);

-- Sealed bytes do not compress: stored out of line as they are.
ALTER TABLE document ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE INDEX document_owner ON document (owner_id, uploaded_at);
