using System.Diagnostics;
using OpenTelemetry.Trace;

namespace PartnerHelp.Web.Telemetry;

/// <summary>
/// Samples a trace only when it starts with a request to the site (a server span). Jobs and the Hangfire server
/// query the database all the time (queue polls, heartbeats, the outbox): each query would otherwise be a trace of
/// its own, many a second on every node, drowning the requests. Spans inside a sampled trace follow their parent.
/// </summary>
public sealed class RequestRootSampler : Sampler
{
    private static readonly SamplingResult Sampled = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult Dropped = new(SamplingDecision.Drop);

    /// <inheritdoc />
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind is ActivityKind.Server ? Sampled : Dropped;
}
