package dev.avrr.bench.baseline;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One row: what the bare POST inserts. */
@Entity
public class Note extends PanacheEntity {

    public String title;

    public String body;

    public OffsetDateTime createdAt;
}
