namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>
/// A number that goes up with every committed save touching a partner's data (anything with a <c>PartnerId</c>,
/// and the partner itself). Caches of a partner's pages key on it, so a change made on any node is seen by the
/// next request on every node. A partner without a row has version 0.
/// </summary>
public sealed class PartnerDataVersion
{
    /// <summary>The partner.</summary>
    public required string PartnerId { get; init; }

    /// <summary>How many saves have touched the partner's data since the row was created.</summary>
    public long Version { get; init; }
}
