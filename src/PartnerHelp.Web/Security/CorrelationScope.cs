using System.Collections;

namespace PartnerHelp.Web.Security;

/// <summary>
/// A request's log scope: the one property <c>CorrelationId</c>, as structured loggers read a scope's key/value pairs,
/// and <c>CorrelationId:id</c> as text for the console's scopes. Allocated once per request in place of a dictionary.
/// </summary>
/// <param name="id">The request's correlation id.</param>
public sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
{
    /// <summary>The property's name.</summary>
    public const string Name = "CorrelationId";

    /// <inheritdoc />
    public int Count => 1;

    /// <inheritdoc />
    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new(Name, id) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"{Name}:{id}";
}
