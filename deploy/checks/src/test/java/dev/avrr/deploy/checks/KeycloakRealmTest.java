package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.platform.security.Caller;
import dev.avrr.vocabulary.Roles;

/**
 * deploy/keycloak/avrr-realm.json (local use, with demo users) against the platform's roles and claims and the
 * services' organisations, and the production realm against it: the same realm without anything made for a demo.
 */
class KeycloakRealmTest {

    static final String REALM = "deploy/keycloak/avrr-realm.json";
    /** The realm compose and Kubernetes import: no demo users, no password-grant client. */
    static final String PRODUCTION_REALM_FILE = "avrr-realm.production.json";
    static final String PRODUCTION_REALM = "deploy/keycloak/" + PRODUCTION_REALM_FILE;
    private static final String ROUTING_CONFIG =
            "referral-service/src/main/java/dev/avrr/referral/intake/RoutingConfig.java";

    private final JsonNode realm = Repo.json(REALM);

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    private JsonNode client(String clientId) {
        return list(realm.path("clients")).stream().filter(c -> clientId.equals(c.path("clientId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("the realm has no client " + clientId));
    }

    private List<JsonNode> humans() {
        return list(realm.path("users")).stream().filter(u -> !u.has("serviceAccountClientId")).toList();
    }

    private JsonNode serviceAccount(String clientId) {
        return list(realm.path("users")).stream()
                .filter(u -> clientId.equals(u.path("serviceAccountClientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(clientId + " has no service-account user"));
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && values.size() == 1 ? values.get(0).asText() : null;
    }

    /** The claim the platform reads roles from (smallrye.jwt.path.groups). */
    private static String groupsClaim() {
        return ServiceConfig.of("referral-service").properties().get("smallrye.jwt.path.groups").trim();
    }

    /** The default of a {@code @WithDefault} method in a config mapping's source. */
    private static String withDefault(String source, String method) {
        Matcher m = Pattern.compile("@WithDefault\\(\"([^\"]*)\"\\)\\s+[\\w<>]+\\s+" + method + "\\(\\)")
                .matcher(Repo.read(source));
        assertTrue(m.find(), source + " declares " + method + "() with a default");
        return m.group(1);
    }

    @Test
    void theRealmIsAvrrWithExactlyThePlatformsElevenRoles() {
        assertEquals("avrr", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertEquals(new TreeSet<>(Roles.ALL), roles);
        assertEquals(11, realm.path("roles").path("realm").size(), "each role once");
        assertTrue(realm.path("roles").path("client").isMissingNode() || realm.path("roles").path("client").isEmpty(),
                "no client roles: the services read realm roles only");
    }

    @Test
    void everyClientPutsTheRealmRolesUpnOrgAndCountryIntoItsAccessTokens() {
        Map<String, JsonNode> scopes = new TreeMap<>();
        realm.path("clientScopes").forEach(s -> scopes.put(s.path("name").asText(), s));
        Map<String, JsonNode> mappers = new TreeMap<>();
        scopes.values().forEach(s -> s.path("protocolMappers").forEach(m -> mappers.put(
                s.path("name").asText() + "/" + m.path("config").path("claim.name").asText(m.path("name").asText()),
                m)));

        JsonNode groups = findMapper(scopes, "oidc-usermodel-realm-role-mapper", groupsClaim());
        assertEquals("true", groups.path("config").path("multivalued").asText(), "groups is a list");
        JsonNode upn = findMapper(scopes, "oidc-usermodel-property-mapper", "upn");
        assertEquals("username", upn.path("config").path("user.attribute").asText());
        for (String claim : List.of(Caller.ORG_CLAIM, Caller.COUNTRY_CLAIM)) {
            JsonNode m = findMapper(scopes, "oidc-usermodel-attribute-mapper", claim);
            assertEquals(claim, m.path("config").path("user.attribute").asText());
            assertEquals("false", m.path("config").path("multivalued").asText(), claim + " is one string");
        }
        assertNotNull(findMapper(scopes, "oidc-sub-mapper", null), "tokens carry sub");

        // the scope holding them is a default scope of every client of the realm
        String scope = scopeOf(scopes, groups);
        for (JsonNode c : realm.path("clients")) {
            Set<String> defaults = texts(c.path("defaultClientScopes"));
            assertTrue(defaults.contains(scope), c.path("clientId").asText() + " gets the " + scope + " scope");
            assertTrue(defaults.contains(scopeOf(scopes, findMapper(scopes, "oidc-sub-mapper", null))));
        }
        assertTrue(texts(realm.path("defaultDefaultClientScopes")).contains(scope), "and so does a new client");
        assertFalse(mappers.isEmpty());
    }

    private static JsonNode findMapper(Map<String, JsonNode> scopes, String type, String claim) {
        for (JsonNode s : scopes.values()) {
            for (JsonNode m : s.path("protocolMappers")) {
                JsonNode config = m.path("config");
                if (type.equals(m.path("protocolMapper").asText())
                        && (claim == null || claim.equals(config.path("claim.name").asText()))) {
                    assertEquals("true", config.path("access.token.claim").asText(),
                            type + " " + claim + " is in the access token");
                    return m;
                }
            }
        }
        throw new AssertionError("no " + type + " mapper for claim " + claim);
    }

    private static String scopeOf(Map<String, JsonNode> scopes, JsonNode mapper) {
        for (var e : scopes.entrySet()) {
            for (JsonNode m : e.getValue().path("protocolMappers")) {
                if (m == mapper) {
                    return e.getKey();
                }
            }
        }
        throw new AssertionError("mapper outside the client scopes");
    }

    @Test
    void eachServiceHasAConfidentialClientWhoseServiceAccountHoldsOnlyTheServiceRole() {
        for (String module : ServiceConfig.modules()) {
            JsonNode c = client(module);
            assertFalse(c.path("publicClient").asBoolean(true), module + " is confidential");
            assertTrue(c.path("serviceAccountsEnabled").asBoolean(), module + " uses client credentials");
            assertFalse(c.path("standardFlowEnabled").asBoolean(true), module + " has no browser login");
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(true), module + " has no password grant");
            assertTrue(c.path("secret").asText().matches("\\$\\{[A-Z0-9_]+}"),
                    module + "'s secret is a placeholder filled from the environment, never written here");
            assertEquals(Set.of(Roles.SERVICE), texts(serviceAccount(module).path("realmRoles")));
        }
        // and nobody else holds it
        for (JsonNode u : realm.path("users")) {
            if (texts(u.path("realmRoles")).contains(Roles.SERVICE)) {
                assertTrue(ServiceConfig.modules().contains(u.path("serviceAccountClientId").asText()),
                        u.path("username").asText() + " must not hold the service role");
            }
        }
    }

    @Test
    void integratingSystemsAreOneOrganisationEachWithAFixedOrgClaim() {
        Set<String> coordinators = Set.of(withDefault(ROUTING_CONFIG, "coordinators").split(","));
        Map<String, String> systems = Map.of("partner-system-demo", Roles.PARTNER,
                "se-referral-integration", Roles.COORDINATOR);
        for (var e : systems.entrySet()) {
            JsonNode c = client(e.getKey());
            assertTrue(c.path("serviceAccountsEnabled").asBoolean());
            assertFalse(c.path("publicClient").asBoolean(true));
            assertFalse(c.path("standardFlowEnabled").asBoolean(true));
            assertEquals(Set.of(e.getValue()), texts(serviceAccount(e.getKey()).path("realmRoles")));
            String org = list(c.path("protocolMappers")).stream()
                    .filter(m -> "oidc-hardcoded-claim-mapper".equals(m.path("protocolMapper").asText())
                            && Caller.ORG_CLAIM.equals(m.path("config").path("claim.name").asText()))
                    .map(m -> {
                        assertEquals("true", m.path("config").path("access.token.claim").asText());
                        return m.path("config").path("claim.value").asText();
                    })
                    .findFirst().orElseThrow(() -> new AssertionError(e.getKey() + " has a hard-coded org claim"));
            if (e.getValue().equals(Roles.COORDINATOR)) {
                assertTrue(coordinators.contains(org), "the Swedish integration is a configured coordinator: " + org);
            } else {
                assertTrue(org.matches("[a-z0-9][a-z0-9-]+"), org);
            }
        }
    }

    @Test
    void theFrontendIsAPublicClientWithPkceAndNoPasswordGrant() {
        JsonNode f = client("avrr-frontend");
        assertTrue(f.path("publicClient").asBoolean());
        assertTrue(f.path("standardFlowEnabled").asBoolean());
        assertFalse(f.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(f.path("directAccessGrantsEnabled").asBoolean(true));
        assertEquals("S256", f.path("attributes").path("pkce.code.challenge.method").asText());
        for (JsonNode uri : f.path("redirectUris")) {
            assertFalse(uri.asText().equals("*") || uri.asText().startsWith("*"), "no wildcard redirect: " + uri);
        }
        // the only client with a password grant is the one marked demo-only
        for (JsonNode c : realm.path("clients")) {
            if (c.path("directAccessGrantsEnabled").asBoolean(false)) {
                assertTrue(c.path("clientId").asText().contains("demo")
                        && c.path("name").asText().startsWith("DEMO ONLY"), c.path("clientId").asText());
            }
        }
    }

    @Test
    void everyPersonRoleHasAFictionalDemoUserWithTheOrganisationTheServicesExpect() {
        Set<String> personRoles = new TreeSet<>(Roles.ALL);
        personRoles.remove(Roles.SERVICE);
        Map<String, Set<String>> orgsByRole = new TreeMap<>();
        for (JsonNode u : humans()) {
            String name = u.path("username").asText();
            assertTrue(u.path("enabled").asBoolean(), name);
            Set<String> roles = texts(u.path("realmRoles"));
            assertFalse(roles.contains(Roles.SERVICE), name + " is a person and must not hold the service role");
            String org = attribute(u, Caller.ORG_CLAIM);
            assertNotNull(org, name + " has an org (every person's token carries one)");
            roles.forEach(r -> orgsByRole.computeIfAbsent(r, k -> new TreeSet<>()).add(org));
            String country = attribute(u, Caller.COUNTRY_CLAIM);
            if (roles.contains(Roles.MISSION)) {
                assertNotNull(country, name + ": a mission carries its country");
                assertTrue(Set.of(Locale.getISOCountries()).contains(country), country + " is ISO 3166-1 alpha-2");
            }
            // obviously fictional, and nothing that could be a real person's address
            assertTrue(name.startsWith("demo-"), name);
            assertTrue(u.path("firstName").asText().startsWith("Demo "), name);
            assertEquals("Fictional", u.path("lastName").asText(), name);
            assertTrue(u.path("email").asText().endsWith(".example"), name + ": a reserved example domain");
            List<JsonNode> passwords = list(u.path("credentials")).stream()
                    .filter(c -> "password".equals(c.path("type").asText())).toList();
            assertEquals(1, passwords.size(), name + " has one demo password");
            assertTrue(passwords.get(0).path("value").asText().startsWith("demo-only-"),
                    name + "'s password is marked demo-only");
            assertTrue(passwords.get(0).path("userLabel").asText().contains("DEMO ONLY"));
            assertFalse(passwords.get(0).path("temporary").asBoolean(true));
        }
        assertEquals(personRoles, orgsByRole.keySet(), "a demo user for every role a person holds");

        ServiceConfig cases = ServiceConfig.of("case-service");
        Set<String> offices = new TreeSet<>();
        for (String key : List.of("avrr.case.offices.norway", "avrr.case.offices.sweden")) {
            Optional<String> office = cases.defaultOf(key);
            assertTrue(office.isPresent(), key);
            offices.add(office.get());
        }
        assertEquals(offices, Set.of(withDefault(ROUTING_CONFIG, "iomOfficeNorway"),
                withDefault(ROUTING_CONFIG, "iomOfficeSweden")), "referral and case agree on the IOM offices");
        assertEquals(offices, orgsByRole.get(Roles.CASEWORKER), "a caseworker of each IOM office");
        Set<String> coordinators = Set.of(withDefault(ROUTING_CONFIG, "coordinators").split(","));
        assertTrue(coordinators.containsAll(orgsByRole.get(Roles.COORDINATOR)),
                "demo coordinators are configured coordinators: " + orgsByRole.get(Roles.COORDINATOR));
    }

    @Test
    void onlyAnAdministratorMaySetAPersonsOrganisationOrCountry() throws Exception {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertEquals(1, providers.size());
        JsonNode profile = Repo.JSON.readTree(
                providers.get(0).path("config").path("kc.user.profile.config").get(0).asText());
        Map<String, JsonNode> attributes = new TreeMap<>();
        profile.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
        for (String claim : List.of(Caller.ORG_CLAIM, Caller.COUNTRY_CLAIM)) {
            JsonNode a = attributes.get(claim);
            assertNotNull(a, "the user profile declares " + claim);
            assertEquals(Set.of("admin"), texts(a.path("permissions").path("edit")),
                    "a user must never change their own " + claim + " (it decides what they see)");
        }
        assertTrue(attributes.get(Caller.COUNTRY_CLAIM).path("validations").path("pattern").path("pattern").asText()
                .contains("[A-Z]{2}"));
    }

    /** Whether a user or client was made for a demonstration: it says so, or it logs in with a password. */
    private static boolean demo(JsonNode node) {
        return node.toString().toLowerCase(Locale.ROOT).contains("demo") || node.path("credentials").size() > 0
                || node.path("directAccessGrantsEnabled").asBoolean(false);
    }

    @Test
    void theProductionRealmIsTheRealmWithoutAnythingMadeForADemo() {
        JsonNode production = Repo.json(PRODUCTION_REALM);
        assertFalse(Repo.read(PRODUCTION_REALM).toLowerCase(Locale.ROOT).contains("demo"),
                "nothing of the demo reaches the production realm");
        for (JsonNode user : production.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), "no person is a user of the production realm: "
                    + user.path("username").asText());
            assertFalse(demo(user), user.path("username").asText());
        }
        for (JsonNode client : production.path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false),
                    client.path("clientId").asText() + " allows the password grant");
            assertFalse(demo(client), client.path("clientId").asText());
        }
        // Otherwise it is the realm: the same roles, scopes and settings, every client and service account that
        // is not a demo's, so the two cannot drift apart.
        com.fasterxml.jackson.databind.node.ObjectNode expected = realm.deepCopy();
        Set<String> demoClients = new TreeSet<>();
        realm.path("clients").forEach(c -> {
            if (demo(c)) {
                demoClients.add(c.path("clientId").asText());
            }
        });
        com.fasterxml.jackson.databind.node.ArrayNode clients = expected.putArray("clients");
        realm.path("clients").forEach(c -> {
            if (!demoClients.contains(c.path("clientId").asText())) {
                clients.add(c);
            }
        });
        com.fasterxml.jackson.databind.node.ArrayNode users = expected.putArray("users");
        realm.path("users").forEach(u -> {
            if (u.has("serviceAccountClientId") && !demoClients.contains(u.path("serviceAccountClientId").asText())) {
                users.add(u);
            }
        });
        expected.put("displayName", production.path("displayName").asText());
        assertEquals(expected, production);
    }

    @Test
    void kubernetesGetsTheProductionRealmAndNoDemoUserReachesAnyProductionFile() {
        for (String dir : List.of(KubernetesTest.BASE, KubernetesTest.PRODUCTION)) {
            List<JsonNode> docs = KubernetesTest.render(dir);
            JsonNode realmMap = KubernetesTest.ofKind(docs, "ConfigMap").stream()
                    .filter(c -> c.path("metadata").path("name").asText().startsWith("avrr-keycloak-realm"))
                    .findFirst().orElseThrow(() -> new AssertionError(dir + " renders no avrr-keycloak-realm"));
            assertEquals(Repo.json(PRODUCTION_REALM), Repo.jsonOf(realmMap.path("data").path("avrr-realm.json").asText()));
            for (JsonNode user : realm.path("users")) {
                if (demo(user)) {
                    assertFalse(docs.toString().contains(user.path("username").asText()),
                            dir + " carries the demo user " + user.path("username").asText());
                }
            }
        }
        String compose = Repo.read(ComposeTest.COMPOSE);
        for (JsonNode user : realm.path("users")) {
            if (demo(user)) {
                assertFalse(compose.contains(user.path("username").asText()), "compose names a demo user");
            }
        }
    }
}
