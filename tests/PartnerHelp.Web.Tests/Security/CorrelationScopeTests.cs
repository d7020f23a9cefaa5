using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHelp.Testing;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>Every log line written while a request runs carries the request's correlation id as a scope.</summary>
public sealed class CorrelationScopeTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    [Fact]
    public async Task LogLines_DuringARequest_CarryItsCorrelationId()
    {
        var capture = new ScopeCapture();
        using var factory = site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging =>
        {
            logging.AddProvider(capture);
            logging.AddFilter<ScopeCapture>(null, LogLevel.Trace);
        })));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/refund-criteria");
        request.Headers.Add(CorrelationIds.Header, "scope-test-42");

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Contains(new KeyValuePair<string, object>(CorrelationScope.Name, "scope-test-42"), capture.Pairs);
        Assert.Contains("CorrelationId:scope-test-42", capture.Texts);
    }

    [Fact]
    public void Scope_IsOneKeyValuePair_AndReadsAsText()
    {
        var scope = new CorrelationScope("abc");

        Assert.Equal([new KeyValuePair<string, object>("CorrelationId", "abc")], scope);
        Assert.Equal("CorrelationId:abc", scope.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => scope[1]);
    }

    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope, ILogger
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentBag<KeyValuePair<string, object>> Pairs { get; } = [];

        public ConcurrentBag<string> Texts { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _scopes?.ForEachScope((scope, capture) =>
            {
                capture.Texts.Add(scope?.ToString() ?? string.Empty);
                if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    foreach (var pair in pairs)
                    {
                        capture.Pairs.Add(pair);
                    }
                }
            }, this);

        public void Dispose()
        {
        }
    }
}
