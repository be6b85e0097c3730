package dev.avrr.bench.baseline;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The bare endpoints: insert one row, read one row, a constant. */
@Path("/notes")
public class NoteResource {

    /** What a client sends. */
    public record NoteInput(String title, String body) {
    }

    @POST
    @Transactional
    public Response create(NoteInput input) {
        Note note = new Note();
        note.title = input.title();
        note.body = input.body();
        note.createdAt = OffsetDateTime.now();
        note.persist();
        return Response.created(URI.create("/notes/" + note.id)).entity(note).build();
    }

    @GET
    @Path("/{id}")
    public Note read(@PathParam("id") long id) {
        Note note = Note.findById(id);
        if (note == null) {
            throw new NotFoundException();
        }
        return note;
    }

    @GET
    @Path("/constant")
    public Map<String, String> constant() {
        return Map.of("status", "ok");
    }
}
