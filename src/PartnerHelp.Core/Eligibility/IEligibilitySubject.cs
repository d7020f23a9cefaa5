namespace PartnerHelp.Core.Eligibility;

/// <summary>Anything whose cancellation or refund the eligibility service can decide.</summary>
public interface IEligibilitySubject
{
    /// <summary>The item's id.</summary>
    string Id { get; }

    /// <summary>The partner that owns it.</summary>
    string PartnerId { get; }
}
