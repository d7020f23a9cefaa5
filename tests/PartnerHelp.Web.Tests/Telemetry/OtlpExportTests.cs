using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PartnerHelp.Testing;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Tests.Telemetry;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_AreExportedOverOtlpWithTheRequestsCorrelationId_WhenTheEndpointIsSet()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var factory = new PartnerHelpFactory();
        factory.Settings["Jobs:Enabled"] = "false";
        factory.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url;
        factory.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        using var client = factory.CreateClient();
        var correlationId = "otlp-" + Guid.NewGuid().ToString("N");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/refund-criteria");
        request.Headers.Add(CorrelationIds.Header, correlationId);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The request's span ends when the server's pipeline has finished, which can be just after the client has its
        // response: flush until the span has been exported (a flush before it ended sends nothing, and says so by true).
        // OTLP/protobuf keeps strings as UTF-8 bytes: the span's correlation.id attribute carries the id verbatim.
        var tracer = factory.Services.GetRequiredService<TracerProvider>();
        await Eventually.TrueAsync(
            "the request's span exported with its correlation id",
            () => tracer.ForceFlush(5_000) && collector.Bodies("/v1/traces").Any(
                body => body.Contains(CorrelationIds.TraceTag, StringComparison.Ordinal) && body.Contains(correlationId, StringComparison.Ordinal)),
            within: TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Tracing_IsOff_WhenNoOtlpEndpointIsSet()
    {
        await using var factory = new PartnerHelpFactory();
        factory.Settings["Jobs:Enabled"] = "false";
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    /// <summary>A stand-in OpenTelemetry collector on 127.0.0.1 that keeps every OTLP/HTTP body it is sent.</summary>
    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, string Body)> _received = new();

        private OtlpReceiver(WebApplication app) => _app = app;

        public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public static async Task<OtlpReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var receiver = new OtlpReceiver(app);
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                receiver._received.Enqueue((context.Request.Path, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            return receiver;
        }

        public IReadOnlyList<string> Bodies(string path) => _received.Where(r => r.Path == path).Select(r => r.Body).ToList();

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
