namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Marks a job that writes its <see cref="RunRecord"/> in its own transactions. Such a job commits the record before
/// anything it does outside the database (a payment), so a run cut off by a crash is on record whenever it could have
/// had an effect.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WritesOwnRunRecordAttribute : Attribute;
