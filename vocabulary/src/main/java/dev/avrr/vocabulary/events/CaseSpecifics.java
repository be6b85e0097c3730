package dev.avrr.vocabulary.events;

import java.util.List;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The sealed part ({@code data.personal}) of {@link CaseRegistered}, {@link CaseApproved} and
 * {@link ReturnCompleted}: what says that a person is a victim of trafficking, a child alone or ill. The programme
 * (VICTIMS_OF_TRAFFICKING, UNACCOMPANIED_MINORS, …) and the household's ages and relations (a household of one
 * aged 16 is a child travelling alone) never travel in clear on a topic; only grant- and monitoring-service,
 * which plan from them, hold the key that opens them. {@code household} is null in {@link CaseRegistered};
 * {@code programme} is null only in events of the first slice.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSpecifics(Programme programme, List<@Valid Traveller> household) {
}
