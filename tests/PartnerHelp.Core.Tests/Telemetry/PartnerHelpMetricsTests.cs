using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Core.Tests.Eligibility;
using PartnerHelp.Core.Tests.Memberships;
using PartnerHelp.Testing;

namespace PartnerHelp.Core.Tests.Telemetry;

public sealed class PartnerHelpMetricsTests : IDisposable
{
    private readonly OwnMeters _meters = new();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, string?> Tags)> _recorded = [];

    public PartnerHelpMetricsTests()
    {
        // Only this test's meter: other tests in the process may record on meters of the same name at the same time.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, _meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    [Fact]
    public void Evaluate_CountsEachEvaluationByProductLineAndOutcome()
    {
        var metrics = new PartnerHelpMetrics(_meters);
        var service = new EligibilityService(new FakeTimeProvider(OrderBuilder.Now), [new MembershipRefundRules()], metrics);

        service.Evaluate(OrderBuilder.Order(), OrderBuilder.Partner(), EligibilityHarness.Admin);
        service.Evaluate(OrderBuilder.Order(), OrderBuilder.Partner(), EligibilityHarness.Admin);
        service.Evaluate(OrderBuilder.Order(ageDays: 45), OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.Equal(
            ["membership_order/self_serve_cancel", "membership_order/self_serve_cancel", "membership_order/not_eligible"],
            _recorded.Where(r => r.Instrument == "partnerhelp.eligibility.evaluations").Select(r => $"{r.Tags["product_line"]}/{r.Tags["outcome"]}"));
    }

    [Fact]
    public void RefundSettled_RecordsTheTimeFromCancellationToRefunded()
    {
        var metrics = new PartnerHelpMetrics(_meters);
        var requested = OrderBuilder.Now;
        var refund = Refund.Request("RF-1", "CT-1", "contoso", new Money(10m, "USD"), "card", requested, subject: RefundSubject.Reservation);
        refund.StartProcessing(requested.AddMinutes(1));
        refund.MarkRefunded(requested.AddHours(3), "SIM-1");

        metrics.RefundSettled(refund);

        Assert.Equal(1, _recorded.Single(r => r.Instrument == "partnerhelp.refunds.settled" && r.Tags["product_line"] == "reservation").Value);
        Assert.Equal(3 * 3600, _recorded.Single(r => r.Instrument == "partnerhelp.refunds.time_to_refunded").Value);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meters.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var named = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            named[tag.Key] = tag.Value?.ToString();
        }

        lock (_recorded)
        {
            _recorded.Add((instrument.Name, value, named));
        }
    }

    /// <summary>A meter factory whose meters name it as their scope, so the listener can tell them from everyone else's.</summary>
    private sealed class OwnMeters : IMeterFactory
    {
        private readonly List<Meter> _created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
            _created.Add(meter);
            return meter;
        }

        public void Dispose() => _created.ForEach(meter => meter.Dispose());
    }
}
