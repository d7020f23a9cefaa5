using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>
/// SPEC 7 as a table: every route of the site, the request that exercises it, and what each demo user gets.
/// Cells: a status code, or "signin" for a redirect to the sign-in page. Ids are Contoso's (CT-…, SO-…) or
/// Northwind's (NW-…, reservations, customers), so the "other partner" cells are IDOR attempts too.
/// A route the site maps without a row here fails <see cref="AccessMatrixTests"/>.
/// </summary>
public static class AccessMatrix
{
    /// <summary>The columns, in order.</summary>
    public static readonly string?[] Users =
        [null, "user@contoso.example", "admin@contoso.example", "admin@fabrikam.example", "agent@northwind.example", "ops@partnerhelp.example"];

    public static readonly AccessRow[] Rows =
    [
        //  route                                                     request                                                        anon      user   admin  fabrik agent  ops
        new("GET /",                                                    "GET /",                                                       "302",    "302", "302", "302", "302", "302"),
        new("ANY /healthz",                                             "GET /healthz",                                                "200",    "200", "200", "200", "200", "200"),
        new("GET /{**path:file}",                                       "GET /no-such-file.txt",                                       "404",    "404", "404", "404", "404", "404"),
        new("HEAD /{**path:file}",                                      "HEAD /no-such-file.txt",                                      "404",    "404", "404", "404", "404", "404"),
        new("PAGE /error/{code:int}",                                   "GET /error/404",                                              "404",    "404", "404", "404", "404", "404"),
        new("PAGE /{culture:culture}",                                  "GET /en",                                                     "200",    "200", "200", "200", "200", "200"),
        new("PAGE /{culture:culture}/refund-criteria",                  "GET /vi/refund-criteria",                                     "200",    "200", "200", "200", "200", "200"),
        new("PAGE /{culture:culture}/account/sign-in",                  "GET /en/account/sign-in",                                     "200",    "200", "200", "200", "200", "200"),
        new("PAGE /{culture:culture}/account/sign-out",                 "GET /en/account/sign-out",                                    "200",    "200", "200", "200", "200", "200"),

        // Partner workspaces: partner members only; the operator has no partner (403).
        new("PAGE /{culture:culture}/memberships",                      "GET /en/memberships",                                         "signin", "200", "200", "200", "200", "403"),
        new("PAGE /{culture:culture}/memberships/{id}/cancel",          "GET /en/memberships/CT-1001/cancel",                          "signin", "200", "200", "404", "404", "403"),
        new("PAGE /{culture:culture}/memberships/{id}/cancelled",       "GET /en/memberships/CT-1008/cancelled",                       "signin", "200", "200", "404", "404", "403"),
        new("PAGE /{culture:culture}/orders/{id}",                      "GET /sv/orders/NW-3001",                                      "signin", "404", "404", "404", "200", "403"),
        new("PAGE /{culture:culture}/tickets",                          "GET /en/tickets",                                             "signin", "200", "200", "200", "200", "403"),
        new("PAGE /{culture:culture}/tickets/new",                      "GET /en/tickets/new?order=CT-1005",                           "signin", "200", "200", "404", "404", "403"),
        new("PAGE /{culture:culture}/store-orders",                     "GET /en/store-orders",                                        "signin", "200", "200", "200", "200", "403"),
        new("PAGE /{culture:culture}/subscriptions",                    "GET /en/subscriptions",                                       "signin", "200", "200", "200", "200", "403"),
        new("PAGE /{culture:culture}/subscriptions/credits.csv",        "GET /en/subscriptions/credits.csv",                           "signin", "200", "200", "200", "200", "403"),
        new("PAGE /{culture:culture}/subscriptions/{id}/end",           "GET /en/subscriptions/NW-SUB-1001/end?action=cancel",         "signin", "404", "404", "404", "200", "403"),
        new("PAGE /{culture:culture}/credit-requests",                  "GET /en/credit-requests",                                     "signin", "200", "200", "200", "200", "403"),
        new("PAGE /{culture:culture}/credit-requests/new",              "GET /en/credit-requests/new?incident=INC-7001",               "signin", "404", "404", "404", "200", "403"),

        // Reservations: CSP agents of the customer's partner only.
        new("PAGE /{culture:culture}/reservations",                     "GET /en/reservations",                                        "signin", "403", "403", "403", "200", "403"),
        new("PAGE /{culture:culture}/reservations/customers/{customerId}", "GET /en/reservations/customers/c-tailspin",                "signin", "403", "403", "403", "200", "403"),
        new("PAGE /{culture:culture}/reservations/{id}",                "GET /en/reservations/" + ReservationData.Vm,                  "signin", "403", "403", "403", "200", "403"),
        new("PAGE /{culture:culture}/reservations/{id}/exchange",       "GET /en/reservations/" + ReservationData.Vm + "/exchange",    "signin", "403", "403", "403", "200", "403"),
        new("PAGE /{culture:culture}/reservations/{id}/return",         "GET /en/reservations/" + ReservationData.Vm + "/return",      "signin", "403", "403", "403", "200", "403"),

        // JSON API: 401 instead of a redirect.
        new("GET /api/v1/orders/",                                      "GET /api/v1/orders/",                                         "401",    "200", "200", "200", "200", "403"),
        new("GET /api/v1/orders/{id}/eligibility",                      "GET /api/v1/orders/CT-1001/eligibility",                      "401",    "200", "200", "404", "404", "403"),
        new("GET /api/v1/orders/{id}/refund",                           "GET /api/v1/orders/CT-1008/refund",                           "401",    "200", "200", "404", "404", "403"),

        // Jobs dashboard (Hangfire's, with PartnerHelp's pages inside; one endpoint): the operator only.
        new("ANY /admin/jobs/{**path}",                                 "GET /admin/jobs/refunds",                                     "signin", "403", "403", "403", "403", "200"),

        // Bot: tokens for anyone; a conversation needs its Direct Line token (the stream is a WebSocket: a plain GET is
        // a 400 before anything else); the channel endpoint checks the activity.
        new("POST /v3/directline/tokens/generate",                      "POST /v3/directline/tokens/generate",                         "200",    "200", "200", "200", "200", "200"),
        new("POST /v3/directline/tokens/refresh",                       "POST /v3/directline/tokens/refresh",                          "401",    "401", "401", "401", "401", "401"),
        new("POST /v3/directline/conversations",                        "POST /v3/directline/conversations",                           "401",    "401", "401", "401", "401", "401"),
        new("GET /v3/directline/conversations/{conversationId}",        "GET /v3/directline/conversations/someone-elses",              "401",    "401", "401", "401", "401", "401"),
        new("GET /v3/directline/conversations/{conversationId}/activities", "GET /v3/directline/conversations/someone-elses/activities", "401", "401", "401", "401", "401", "401"),
        new("POST /v3/directline/conversations/{conversationId}/activities", "POST /v3/directline/conversations/someone-elses/activities", "401", "401", "401", "401", "401", "401"),
        new("GET /v3/directline/conversations/{conversationId}/stream", "GET /v3/directline/conversations/someone-elses/stream",        "400",    "400", "400", "400", "400", "400"),
        new("POST /v3/directline/conversations/{conversationId}/upload", "POST /v3/directline/conversations/someone-elses/upload",     "401",    "401", "401", "401", "401", "401"),
        new("POST /api/messages",                                       "POST /api/messages",                                          "400",    "400", "400", "400", "400", "400"),
    ];
}
