package dev.avrr.cases.udi;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant appealed UDI's rejection to UNE on this date. */
@Schema(name = "UneAppeal")
public record UneAppealInput(@NotNull @PastOrPresent LocalDate appealedOn) {
}
