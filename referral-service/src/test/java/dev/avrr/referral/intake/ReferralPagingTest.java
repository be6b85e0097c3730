package dev.avrr.referral.intake;

import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static dev.avrr.referral.Fixtures.PERSON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.http.Page;
import dev.avrr.referral.Fixtures;
import dev.avrr.testing.DatabaseScan;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A list costs the same however long it is (docs/performance.md): it is counted only up to a limit past the page's
 * start, and each audience's order is read from an index, never sorted.
 */
@QuarkusTest
class ReferralPagingTest {

    private static final int MORE = 49;

    @Inject
    DataSource dataSource;

    @Test
    void aLongListIsCountedUpToTheLimitAndItsPagesFollowEachOther() {
        String org = "ngo-" + UUID.randomUUID();
        String partner = Fixtures.partner(org);
        String template = Fixtures.created(partner, Fixtures.norway(PERSON, NORWAY_CONSENTS, true));
        int copies = Page.COUNT_LIMIT + MORE;
        // Older referrals of the same partner, as the benchmark's fill copies them (names in clear form, v0:).
        List<String> inserted = DatabaseScan.rows(dataSource, """
                WITH copied AS (INSERT INTO referral SELECT (jsonb_populate_record(NULL::referral, to_jsonb(t)
                    || jsonb_build_object('id', md5(t.id || ':' || i)::uuid, 'given_name', 'v0:Fyllnad',
                        'family_name', 'v0:Fiktivsen', 'date_of_birth', 'v0:1990-01-01', 'nationality', 'v0:ET',
                        'person_details', 'v0:{"languages":[],"identifiers":[],"household":[]}',
                        'created_at', t.created_at - i * interval '1 minute'))).*
                    FROM referral t, generate_series(1, ?) i WHERE t.id = ?::uuid RETURNING 1)
                SELECT count(*) FROM copied""", copies, template);
        assertEquals(List.of(Integer.toString(copies)), inserted);
        int all = copies + 1;
        try {
            ValidatableResponse first = list(partner, 0).body("items", hasSize(20)).body("items[0].id", equalTo(template))
                    .body("totalItems", equalTo(Page.COUNT_LIMIT)).body("totalItemsCapped", equalTo(true));
            // A full page further on is counted up to the limit past its start: the whole list, exactly.
            list(partner, 40).body("items", hasSize(20)).body("totalItems", equalTo(all))
                    .body("totalItemsCapped", equalTo(false));
            // The last page is not full: it ends the list, and says how long it is.
            list(partner, all / 20).body("items", hasSize(all % 20)).body("totalItems", equalTo(all))
                    .body("totalItemsCapped", equalTo(false));
            list(partner, all / 20 + 5).body("items", hasSize(0)).body("totalItems", equalTo(all));
            // Pages follow each other in the order, newest first, with nothing twice and nothing left out.
            List<String> seen = new ArrayList<>(first.extract().<List<String>>path("items.id"));
            Instant last = Instant.parse(first.extract().path("items[19].createdAt"));
            for (int page = 1; page < 3; page++) {
                ValidatableResponse next = list(partner, page);
                Instant top = Instant.parse(next.extract().path("items[0].createdAt"));
                assertTrue(top.isBefore(last), "page " + page + " starts after the one before ends");
                last = Instant.parse(next.extract().path("items[19].createdAt"));
                seen.addAll(next.extract().<List<String>>path("items.id"));
            }
            assertEquals(60, seen.stream().distinct().count());
        } finally {
            // The copies are locked in the order of their ids before they go: the service's resealing of values of an
            // older form (v0:) may be at work on them, a batch at a time in that order, and locking them in another
            // order could deadlock with it.
            DatabaseScan.rows(dataSource, "WITH gone AS (DELETE FROM referral WHERE id IN (SELECT id FROM referral "
                    + "WHERE referring_org = ? AND id <> ?::uuid ORDER BY id FOR UPDATE) RETURNING 1) "
                    + "SELECT count(*) FROM gone", org, template);
        }
    }

    @Test
    void eachAudiencesListIsReadFromAnIndexInItsOrder() {
        assertEquals(List.of(), DatabaseScan.scopesSorted(dataSource, "referral", "created_at DESC, id", List.of("referring_org = 'ngo-local'",
                "jurisdiction IN ('NO') AND iom_notified_at IS NOT NULL",
                "jurisdiction = 'SE' AND coordinator_org = 'lansstyrelsen-stockholm' AND submitted_at IS NOT NULL")));
    }

    private ValidatableResponse list(String token, int page) {
        return given().auth().oauth2(token).get("/api/v1/referrals?size=20&page=" + page).then().statusCode(200);
    }
}
