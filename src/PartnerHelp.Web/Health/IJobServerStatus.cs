namespace PartnerHelp.Web.Health;

/// <summary>
/// Whether this node's background job server is up, for <c>/healthz</c>. The health check knows nothing of the job
/// engine behind it: pointing it at another engine is one implementation of this and its registration.
/// </summary>
public interface IJobServerStatus
{
    /// <summary>Null when the job server is up (or this node runs none by configuration), otherwise why it is not.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}
