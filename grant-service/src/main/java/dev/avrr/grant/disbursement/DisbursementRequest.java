package dev.avrr.grant.disbursement;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.catalogue.PayeeType;
import dev.avrr.grant.money.Money;

/**
 * A payment the mission asks for: from a category, to a payee, for an amount; in-kind support names the line
 * of an approved plan it pays.
 */
@Schema(name = "DisbursementRequest")
public record DisbursementRequest(@NotBlank @Size(max = 40) String category, UUID planLineId,
        @NotNull @Valid Payee payee, @NotNull @Valid Money amount) {

    /** Who is paid: a vendor or service provider, the adult returnee, or a minor's parent. */
    @Schema(name = "Payee")
    public record Payee(@NotNull PayeeType type, @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String account) {
    }
}
