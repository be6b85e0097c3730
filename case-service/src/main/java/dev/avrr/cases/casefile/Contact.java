package dev.avrr.cases.casefile;

import jakarta.validation.constraints.Size;

/** How to reach the person. */
public record Contact(@Size(max = 40) String phone, @Size(max = 200) String email, @Size(max = 300) String address) {
}
